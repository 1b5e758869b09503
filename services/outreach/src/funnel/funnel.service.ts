import { insertOnce } from '@ikiraro/persistence';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { FUNNEL_EVENTS, FUNNEL_STEPS, type FunnelEvent, type FunnelStep } from './funnel-event.ts';

export type FunnelCounts = Record<FunnelStep, number>;

@Injectable()
export class FunnelService implements OnModuleInit {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get events() {
    return this.connection.db!.collection<FunnelEvent>(FUNNEL_EVENTS);
  }

  async onModuleInit() {
    await this.events.createIndex({ campaignId: 1, step: 1 });
  }

  /** Records a step; with an `_id` of its own, at most once (false when it was recorded already). */
  record(step: Omit<FunnelEvent, '_id' | 'at'>, _id: string = uuidv7()): Promise<boolean> {
    return insertOnce(this.events, { _id, ...step, at: new Date() } as FunnelEvent);
  }

  /**
   * Counts per channel and step: one `$match` on equalities (pushed down on FerretDB) and a `$group` with `$sum`
   * per step; FerretDB 1.24 has no `$facet` to do the four in one pipeline.
   */
  async counts(campaignId: string): Promise<Map<string, FunnelCounts>> {
    const byChannel = new Map<string, FunnelCounts>();
    const perStep = await Promise.all(
      FUNNEL_STEPS.map((step) =>
        this.events
          .aggregate<{ _id: string; n: number }>([
            { $match: { campaignId, step } },
            { $group: { _id: '$channel', n: { $sum: 1 } } },
          ])
          .toArray(),
      ),
    );
    FUNNEL_STEPS.forEach((step, i) => {
      for (const { _id: channel, n } of perStep[i]!) {
        const counts = byChannel.get(channel) ?? { visits: 0, started: 0, verified: 0, applied: 0 };
        byChannel.set(channel, { ...counts, [step]: n });
      }
    });
    return byChannel;
  }
}

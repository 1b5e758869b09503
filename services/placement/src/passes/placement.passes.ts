import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { DigestIssued, type DueTask } from '@ikiraro/contracts';
import { AggregateStore, event, LeasedPasses } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { PLACEMENT_CONFIG, type PlacementEnv } from '../placement.config.ts';
import type { Placement } from '../placements/placement.ts';
import { dayOf, lateness, RUNNING } from '../placements/placement.rules.ts';
import { ignoreConflict, PlacementsService } from '../placements/placements.service.ts';

/**
 * What happens by the clock: unanswered offers expire, and once a day each owner of late or due-soon tasks
 * (a role, and for focal points their IPRC) gets one digest. Each step is one stored version with its event, so
 * a pass cut short by a crash is finished by the next, and never done twice (a digest's id is its day and owner).
 */
@Injectable()
export class PlacementPasses extends LeasedPasses {
  private readonly digests;

  constructor(
    private readonly placements: PlacementsService,
    @Inject(PLACEMENT_CONFIG) private readonly config: PlacementEnv,
    @InjectConnection() private readonly connection: Connection,
    store: AggregateStore,
  ) {
    super(connection.db!, 'placement_passes_lease', config.PASS_EVERY_MS);
    this.digests = store.of<{ tasks: number }>('digest');
  }

  async pass(now = new Date()): Promise<void> {
    if (!(await this.hold())) return;
    await this.expireOffers(now);
    if (!this.stopping && (await this.hold())) await this.issueDigests(now);
  }

  private get projection() {
    return this.connection.db!.collection<Placement & { _id: string }>('placements');
  }

  private async expireOffers(now: Date) {
    const due = await this.projection
      .find({ status: 'offered', respondBy: { $lt: now.toISOString() } }, { projection: { _id: 1 } })
      .toArray();
    for (const { _id } of due) {
      if (this.stopping) return;
      await this.placements.expire(_id, now);
    }
  }

  private async issueDigests(now: Date) {
    const day = dayOf(now);
    const running = await this.projection
      .find({ status: { $in: [...RUNNING] } }, { projection: { tasks: 1, iprc: 1, torId: 1 } })
      .toArray();
    const byOwner = new Map<string, { ownerRole: string; iprc?: string; tasks: DueTask[] }>();
    for (const p of running)
      for (const t of p.tasks) {
        const late = lateness(t, day, this.config.DUE_SOON_DAYS);
        if (!late) continue;
        const iprc = t.ownerRole === 'iprc-focal-point' ? p.iprc : undefined;
        const digestId = [day, t.ownerRole, ...(iprc ? [iprc] : [])].join(':');
        const digest = byOwner.get(digestId) ?? {
          ownerRole: t.ownerRole,
          ...(iprc ? { iprc } : {}),
          tasks: [],
        };
        digest.tasks.push({
          placementId: p._id,
          torId: p.torId,
          iprc: p.iprc,
          task: t.key,
          title: t.title,
          dueOn: t.dueOn,
          overdue: late === 'overdue',
        });
        byOwner.set(digestId, digest);
      }
    for (const [digestId, digest] of byOwner) {
      if (this.stopping) return;
      await this.digests
        .create(digestId, { tasks: digest.tasks.length }, [
          event(DigestIssued, { digestId, day, ...digest, tasks: digest.tasks.slice(0, 500) }),
        ])
        .catch(ignoreConflict);
    }
  }
}

import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { InjectConnection } from '@nestjs/mongoose';
import {
  type EventEnvelope,
  TorClosed,
  type TorClosedV1,
  TorPublished,
  type TorPublishedV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { OPEN_TORS, type OpenTor } from './open-tors.ts';

@Controller()
export class OpenTorsConsumer {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get tors() {
    return this.connection.db!.collection<OpenTor>(OPEN_TORS);
  }

  /** An insert under the ToR's id: a redelivered event changes nothing. */
  @OnEvent(TorPublished)
  async onPublished(@Payload() { data }: EventEnvelope<TorPublishedV1>) {
    try {
      await this.tors.insertOne({
        _id: data.torId,
        title: data.title,
        iprc: data.iprc,
        subject: data.subject,
        period: { start: data.period.start, end: data.period.end },
        durationMonths: data.durationMonths,
      });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }

  /** Both events of a ToR are keyed by its id, so they arrive in order: the close comes after the publish. */
  @OnEvent(TorClosed)
  async onClosed(@Payload() { data }: EventEnvelope<TorClosedV1>) {
    await this.tors.deleteOne({ _id: data.torId });
  }
}

import { Controller } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import { type EventEnvelope, TrancheReleased, type TrancheReleasedV1 } from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { PAID_TRANCHES, type PaidTranche } from './investor.ts';

/**
 * The tranches paid on awards, for the dashboard's "paid" beside investors' pledges: kept from the event, not
 * read from the awards' stored shape. Idempotent: one document per tranche, replaced with the same content.
 */
@Controller()
export class TranchesConsumer {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  @OnEvent(TrancheReleased)
  async onReleased(@Payload() { data }: EventEnvelope<TrancheReleasedV1>) {
    const tranche: PaidTranche = {
      _id: data.trancheId,
      callId: data.callId,
      awardId: data.awardId,
      paid: { amount: data.paid.amount, currency: data.paid.currency },
    };
    await this.connection
      .db!.collection<PaidTranche>(PAID_TRANCHES)
      .replaceOne({ _id: tranche._id }, tranche, { upsert: true });
  }
}

import { Controller } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  MemberErased,
  type MemberErasedV1,
  PlacementAccepted,
  type PlacementAcceptedV1,
  PlacementCancelled,
  type PlacementCancelledV1,
  TorPublished,
  type TorPublishedV1,
  TrainingErasureReceipted,
} from '@ikiraro/contracts';
import { AggregateStore, erasureReceipts, OnEvent } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { TOR_TITLES, TotsService } from './tots.service.ts';

/** Placement's saga steps: an accepted placement opens its ToT, a cancelled one cancels it; erasure of the trainer. */
@Controller()
export class PlacementConsumer {
  private readonly receipts;

  constructor(
    private readonly tots: TotsService,
    @InjectConnection() private readonly connection: Connection,
    store: AggregateStore,
  ) {
    this.receipts = erasureReceipts(store, TrainingErasureReceipted);
  }

  @OnEvent(PlacementAccepted)
  async onAccepted(@Payload() { data }: EventEnvelope<PlacementAcceptedV1>) {
    await this.tots.open(data);
  }

  @OnEvent(PlacementCancelled)
  async onCancelled(@Payload() { data }: EventEnvelope<PlacementCancelledV1>) {
    await this.tots.cancel(data.placementId);
  }

  @OnEvent(TorPublished)
  async onTorPublished(@Payload() { data }: EventEnvelope<TorPublishedV1>) {
    await this.connection
      .db!.collection<{ _id: string; title: string }>(TOR_TITLES)
      .updateOne({ _id: data.torId }, { $set: { title: data.title } }, { upsert: true });
  }

  /** The professional is erased: their ToTs keep sessions and figures, not their name; the receipt once. */
  @OnEvent(MemberErased)
  async onErased(@Payload() { data }: EventEnvelope<MemberErasedV1>) {
    const tots = await this.tots.eraseTrainer(data.memberId);
    const removed = tots ? [`the trainer's name on ${tots} ToT${tots === 1 ? '' : 's'}`] : [];
    await this.receipts(data.memberId, removed);
  }
}

import { Controller } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import {
  CandidateSelected,
  type CandidateSelectedV1,
  type EventEnvelope,
  TorPublished,
  type TorPublishedV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { PlacementsService } from './placements.service.ts';

/** ToR titles, for the board and the offer page (selection's `tor.published`). */
export const TOR_TITLES = 'tor_titles';

/** Selection's decisions open placements: a selected candidate is offered theirs. */
@Controller()
export class SelectionConsumer {
  constructor(
    private readonly placements: PlacementsService,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  @OnEvent(CandidateSelected)
  async onSelected(@Payload() { data }: EventEnvelope<CandidateSelectedV1>) {
    await this.placements.open(data);
  }

  @OnEvent(TorPublished)
  async onTorPublished(@Payload() { data }: EventEnvelope<TorPublishedV1>) {
    await this.connection
      .db!.collection<{ _id: string; title: string }>(TOR_TITLES)
      .updateOne({ _id: data.torId }, { $set: { title: data.title } }, { upsert: true });
  }
}

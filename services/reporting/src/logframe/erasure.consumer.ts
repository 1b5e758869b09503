import { Controller } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  memberPerson,
  MemberErased,
  type MemberErasedV1,
  ReportingErasureReceipted,
} from '@ikiraro/contracts';
import { AggregateStore, erasureReceipts, OnEvent } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { MEMBER_GENDERS } from '../placement-figures/placement-figures.ts';
import { Facts } from './facts.ts';

/**
 * A member is erased: reporting forgets whom its facts were about (their person and the events' subjects), and
 * the gender copy the placement figures keep; every count stays, anonymously. The receipt goes once.
 */
@Controller()
export class ErasureConsumer {
  private readonly receipts;

  constructor(
    store: AggregateStore,
    private readonly facts: Facts,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.receipts = erasureReceipts(store, ReportingErasureReceipted);
  }

  @OnEvent(MemberErased)
  async onErased(@Payload() { data }: EventEnvelope<MemberErasedV1>) {
    const anonymised = await this.facts.erase(memberPerson(data.memberId));
    const { deletedCount } = await this.connection
      .db!.collection(MEMBER_GENDERS)
      .deleteOne({ _id: data.memberId as never });
    const removed = [
      ...(anonymised
        ? [`${anonymised} ${anonymised === 1 ? 'fact' : 'facts'} behind the figures, now naming no one`]
        : []),
      ...(deletedCount ? ['1 copy of the stated gender'] : []),
    ];
    await this.receipts(data.memberId, removed);
  }
}

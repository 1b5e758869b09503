import { Controller } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import { type EventEnvelope, MemberRegistered, type MemberRegisteredV1 } from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { Facts } from '../logframe/facts.ts';
import type { Connection } from 'mongoose';
import { MEMBER_GENDERS, NOT_STATED } from '../placement-figures/placement-figures.ts';
import { MEMBER_FIGURES, type MemberFigures, noMemberFigures } from './member-figures.ts';

@Controller()
export class MemberFiguresConsumer {
  private readonly figures;

  constructor(
    store: AggregateStore,
    private readonly facts: Facts,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.figures = store.of<MemberFigures>(MEMBER_FIGURES);
  }

  /** Only ids and profile facts arrive here: reporting never holds a name or an address. */
  @OnEvent(MemberRegistered)
  async onRegistered(@Payload() event: EventEnvelope<MemberRegisteredV1>) {
    await this.facts.record(event);
    const { office, channel, memberId, profile } = event.data;
    // The placement figures count professionals by the gender they stated here
    await this.connection
      .db!.collection<{ _id: string; gender: string }>(MEMBER_GENDERS)
      .updateOne({ _id: memberId }, { $set: { gender: profile.gender ?? NOT_STATED } }, { upsert: true });
    await this.figures.change(office, (current) => {
      const state = current?.state ?? noMemberFigures();
      return {
        state: {
          registered: state.registered + 1,
          byChannel: { ...state.byChannel, [channel]: (state.byChannel[channel] ?? 0) + 1 },
        },
        events: [],
      };
    });
  }
}

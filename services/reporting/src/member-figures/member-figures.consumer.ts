import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { type EventEnvelope, MemberRegistered, type MemberRegisteredV1 } from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { MEMBER_FIGURES, type MemberFigures, noMemberFigures } from './member-figures.ts';

@Controller()
export class MemberFiguresConsumer {
  private readonly figures;

  constructor(store: AggregateStore) {
    this.figures = store.of<MemberFigures>(MEMBER_FIGURES);
  }

  /** Only ids and profile facts arrive here: reporting never holds a name or an address. */
  @OnEvent(MemberRegistered)
  async onRegistered(@Payload() event: EventEnvelope<MemberRegisteredV1>) {
    const { office, channel } = event.data;
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

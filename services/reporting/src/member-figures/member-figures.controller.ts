import { Controller, Get, Module } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { type EventEnvelope, MemberRegistered, type MemberRegisteredV1 } from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { officesOf } from '../campaign-figures/office-figures.ts';

/** Registered members of one office, by channel: an aggregate, so that each event counts exactly once. */
interface MemberFigures {
  registered: number;
  byChannel: Record<string, number>;
}

const MEMBER_FIGURES = 'member-figures';

@ApiTags('figures')
@Controller('figures/members')
export class MemberFiguresController {
  private readonly figures;

  constructor(store: AggregateStore) {
    this.figures = store.of<MemberFigures>(MEMBER_FIGURES);
  }

  /**
   * Members registered (e-mail verified) per office, and per channel they came through (an outreach officer: their
   * office only, like the campaign figures).
   */
  @Get()
  async byOffice(@CurrentCaller() caller: Caller) {
    const offices = officesOf(caller);
    const loaded = await Promise.all(offices.map((office) => this.figures.load(office)));
    return Object.fromEntries(
      offices.map((office, i) => [office, loaded[i]?.state ?? { registered: 0, byChannel: {} }]),
    );
  }

  /** Only ids and profile facts arrive here: reporting never holds a name or an address. */
  @OnEvent(MemberRegistered)
  async onRegistered(@Payload() event: EventEnvelope<MemberRegisteredV1>) {
    const { office, channel } = event.data;
    await this.figures.change(office, (current) => {
      const state = current?.state ?? { registered: 0, byChannel: {} };
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

@Module({ controllers: [MemberFiguresController] })
export class MemberFiguresModule {}

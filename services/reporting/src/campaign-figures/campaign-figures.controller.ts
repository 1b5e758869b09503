import { Controller, Get } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { CampaignLaunched, type CampaignLaunchedV1, type EventEnvelope } from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { OFFICE_FIGURES, type OfficeFigures, officesOf } from './office-figures.ts';

@ApiTags('figures')
@Controller('figures/campaigns')
export class CampaignFiguresController {
  private readonly figures;

  constructor(store: AggregateStore) {
    this.figures = store.of<OfficeFigures>(OFFICE_FIGURES);
  }

  /** Campaigns launched per office (an outreach officer: their office only). */
  @Get()
  async byOffice(@CurrentCaller() caller: Caller) {
    const offices = officesOf(caller);
    const loaded = await Promise.all(offices.map((office) => this.figures.load(office)));
    return {
      launched: Object.fromEntries(offices.map((office, i) => [office, loaded[i]?.state.launched ?? 0])),
    };
  }

  /**
   * A counter is not idempotent by nature: each increment is a new version of the office's figures, recorded
   * with the event that caused it, so a redelivered event (after a crash, before the inbox saw it) adds nothing.
   */
  @OnEvent(CampaignLaunched)
  async onLaunched(@Payload() event: EventEnvelope<CampaignLaunchedV1>) {
    await this.figures.change(event.data.office, (current) => ({
      state: { launched: (current?.state.launched ?? 0) + 1 },
      events: [],
    }));
  }
}

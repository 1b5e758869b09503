import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CampaignLaunched, type CampaignLaunchedV1, type EventEnvelope } from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { OFFICE_FIGURES, type OfficeFigures } from './office-figures.ts';

@Controller()
export class CampaignFiguresConsumer {
  private readonly figures;

  constructor(store: AggregateStore) {
    this.figures = store.of<OfficeFigures>(OFFICE_FIGURES);
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

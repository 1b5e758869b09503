import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  type ErasureReceiptedV1,
  type EventEnvelope,
  FundingErasureReceipted,
  NotificationsErasureReceipted,
  PlacementErasureReceipted,
  ReportingErasureReceipted,
  SelectionErasureReceipted,
  TrainingErasureReceipted,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { ErasureService } from './erasure.service.ts';

/** Holders' receipts, for the erasure certificate: one handler per holder of `ERASURE_RECEIPTS`. */
@Controller()
export class ReceiptsConsumer {
  constructor(private readonly erasure: ErasureService) {}

  @OnEvent(SelectionErasureReceipted)
  async onSelection(@Payload() { data }: EventEnvelope<ErasureReceiptedV1>) {
    await this.erasure.receive({ service: 'selection', ...data });
  }

  @OnEvent(NotificationsErasureReceipted)
  async onNotifications(@Payload() { data }: EventEnvelope<ErasureReceiptedV1>) {
    await this.erasure.receive({ service: 'notifications', ...data });
  }

  @OnEvent(PlacementErasureReceipted)
  async onPlacement(@Payload() { data }: EventEnvelope<ErasureReceiptedV1>) {
    await this.erasure.receive({ service: 'placement', ...data });
  }

  @OnEvent(TrainingErasureReceipted)
  async onTraining(@Payload() { data }: EventEnvelope<ErasureReceiptedV1>) {
    await this.erasure.receive({ service: 'training', ...data });
  }

  @OnEvent(FundingErasureReceipted)
  async onFunding(@Payload() { data }: EventEnvelope<ErasureReceiptedV1>) {
    await this.erasure.receive({ service: 'funding', ...data });
  }

  @OnEvent(ReportingErasureReceipted)
  async onReporting(@Payload() { data }: EventEnvelope<ErasureReceiptedV1>) {
    await this.erasure.receive({ service: 'reporting', ...data });
  }
}

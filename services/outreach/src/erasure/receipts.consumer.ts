import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { type ErasureReceiptedV1, type EventEnvelope, SelectionErasureReceipted } from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { ErasureService } from './erasure.service.ts';

/** Holders' receipts, for the erasure certificate. */
@Controller()
export class ReceiptsConsumer {
  constructor(private readonly erasure: ErasureService) {}

  @OnEvent(SelectionErasureReceipted)
  async onSelection(@Payload() { data }: EventEnvelope<ErasureReceiptedV1>) {
    await this.erasure.receive({ service: 'selection', ...data });
  }
}

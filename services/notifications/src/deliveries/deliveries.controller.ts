import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ikiraro/service-defaults';
import { PreferenceLinks } from '../preferences/preference-links.ts';
import { Deliveries } from './deliveries.ts';
import type { Delivery } from './delivery.ts';
import { type DeliveryDto, type DeliveryListDto, DeliverySearchDto } from './delivery.dto.ts';

/** The delivery log, for admins: what was sent to whom, what failed with the server's answer, what waits. */
@ApiTags('notifications')
@Controller('deliveries')
export class DeliveriesController {
  constructor(
    private readonly deliveries: Deliveries,
    @Inject(PreferenceLinks) private readonly links: PreferenceLinks,
  ) {}

  /** Newest first; equality filters only (an address is looked up by its keyed hash). */
  @Get()
  async search(@Query() query: DeliverySearchDto): Promise<DeliveryListDto> {
    const filter = {
      ...(query.address ? { toKey: this.links.addressKey(query.address) } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.template ? { template: query.template } : {}),
      ...(query.eventId ? { 'event.id': query.eventId } : {}),
    };
    const found = await this.deliveries.collection
      .find(filter)
      .sort({ createdAt: -1 })
      .limit(query.limit ?? 50)
      .toArray();
    return { items: await Promise.all(found.map((d) => this.view(d))) };
  }

  @Get(':id')
  async one(@Param('id') id: string): Promise<DeliveryDto> {
    const found = await this.deliveries.collection.findOne({ _id: id });
    if (!found) throw new DomainError('delivery.not_found', 'not_found', `No message ${id} in the log`);
    return this.view(found);
  }

  private async view(stored: Delivery): Promise<DeliveryDto> {
    const d = await this.deliveries.open(stored);
    return {
      id: d._id,
      template: d.template,
      category: d.category,
      status: d.status,
      reason: d.reason ?? null,
      to: d.to ?? null,
      subject: d.subject ?? null,
      locale: d.locale ?? null,
      event: { id: d.event.id, type: d.event.type, occurredAt: d.event.occurredAt },
      createdAt: d.createdAt.toISOString(),
      sentAt: d.sentAt?.toISOString() ?? null,
      dueAt: d.pending ? d.dueAt.toISOString() : null,
      attempts: d.attempts.map((a) => ({ at: a.at.toISOString(), outcome: a.outcome, answer: a.answer })),
    };
  }
}

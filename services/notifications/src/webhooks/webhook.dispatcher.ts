import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@ikiraro/contracts';
import type { EventListener } from '../events/event-listener.ts';
import { consumedEvents } from '../events/events.consumer.ts';
import { WebhookDeliveries } from './webhook-deliveries.ts';
import { Webhooks } from './webhooks.ts';

/**
 * Queues each event for the enabled subscriptions to its type. A subscription disabled when the event comes
 * does not get it; the deliveries it was waiting for when it was disabled resume when it is enabled again.
 */
@Injectable()
export class WebhookDispatcher implements EventListener {
  readonly types = new Set(consumedEvents.map((c) => c.type));

  constructor(
    private readonly webhooks: Webhooks,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  async on(event: EventEnvelope): Promise<void> {
    const subscribed = (await this.webhooks.all()).filter(
      (w) => w.state.enabled && w.state.eventTypes.includes(event.type),
    );
    if (subscribed.length > 0) await this.deliveries.queue(event, subscribed);
  }
}

import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { currentEvents, type EventContract, type EventEnvelope } from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { EVENT_LISTENERS, type EventListener } from './event-listener.ts';

/**
 * Every event of the other services that notifications may read (no personal field, or notifications among
 * their readers): the policy and the webhooks may act on any of them, and a line added to the policy needs no
 * handler written here. The handlers are made from the catalogue, one per type, as `@OnEvent` methods.
 */
export const consumedEvents: readonly EventContract[] = currentEvents.filter(
  (c) => c.producer !== 'notifications' && (!c.personal || c.personal.readers.includes('notifications')),
);

@Controller()
export class EventsConsumer {
  constructor(@Inject(EVENT_LISTENERS) private readonly listeners: readonly EventListener[]) {}

  async handle(event: EventEnvelope): Promise<void> {
    for (const listener of this.listeners) if (listener.types.has(event.type)) await listener.on(event);
  }
}

for (const contract of consumedEvents) {
  const method = `on ${contract.type}`;
  Object.defineProperty(EventsConsumer.prototype, method, {
    value(this: EventsConsumer, event: EventEnvelope) {
      return this.handle(event);
    },
  });
  const descriptor = Object.getOwnPropertyDescriptor(EventsConsumer.prototype, method)!;
  OnEvent(contract)(EventsConsumer.prototype, method, descriptor);
  Payload()(EventsConsumer.prototype, method, 0);
}

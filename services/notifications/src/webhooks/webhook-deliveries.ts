import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { EventContract, EventEnvelope } from '@ikiraro/contracts';
import { PersonalData, type Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { consumedEvents } from '../events/events.consumer.ts';
import { PURPOSES } from './purposes.ts';
import type { Webhook } from './webhook.ts';
import {
  sealedBody,
  WEBHOOK_DELIVERIES,
  type WebhookDelivery,
  webhookDeliveryId,
} from './webhook-delivery.ts';
import { bodyOf, payloadFor } from './webhook.rules.ts';

const contracts = new Map<string, EventContract>(consumedEvents.map((c) => [c.type, c]));
const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/** What each subscription was sent, or is waiting to be. */
@Injectable()
export class WebhookDeliveries implements OnModuleInit {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly personal: PersonalData,
  ) {}

  get collection() {
    return this.connection.db!.collection<WebhookDelivery>(WEBHOOK_DELIVERIES);
  }

  async onModuleInit() {
    await this.collection.createIndex({ subscriptionId: 1, pending: 1 });
    await this.collection.createIndex({ subscriptionId: 1, createdAt: -1 });
  }

  /**
   * Queues the event for each subscription, its body made once, here, for every attempt. Inserts only: a
   * delivery already queued for this subscription and event (a redelivered event) is refused by `_id`.
   */
  async queue(event: EventEnvelope, subscriptions: readonly Versioned<Webhook>[]): Promise<void> {
    const personal = contracts.get(event.type)?.personal;
    const now = new Date();
    for (const { id, state } of subscriptions) {
      const data = payloadFor(state.purpose, event.data, personal?.fields);
      const carries = personal !== undefined && PURPOSES[state.purpose].personal;
      const person = carries ? personal.person(event.data as never) : null;
      const delivery: WebhookDelivery = {
        _id: webhookDeliveryId(id, event.id),
        subscriptionId: id,
        event: { id: event.id, type: event.type, occurredAt: event.occurredAt },
        body: bodyOf(event.type, event.occurredAt, data),
        person,
        status: 'queued',
        pending: true,
        attempts: [],
        dueAt: now,
        createdAt: now,
      };
      const stored = person ? await this.personal.seal(person, delivery, sealedBody) : delivery;
      await this.collection.insertOne(stored).catch((error: unknown) => {
        if (!isDuplicateKey(error)) throw error;
      });
    }
  }

  /** A subscription's waiting deliveries, the earliest due first (equality on top-level fields only). */
  waiting(subscriptionId: string, limit: number): Promise<WebhookDelivery[]> {
    return this.collection.find({ subscriptionId, pending: true }).sort({ dueAt: 1 }).limit(limit).toArray();
  }

  recent(subscriptionId: string, limit: number): Promise<WebhookDelivery[]> {
    return this.collection.find({ subscriptionId }).sort({ createdAt: -1 }).limit(limit).toArray();
  }

  /** The body as it goes, opened; null when the person whose fields it carries was erased. */
  async bodyOf(delivery: WebhookDelivery): Promise<string | null> {
    if (!delivery.person) return delivery.body;
    const { value, erased } = await this.personal.open(delivery.person, delivery, sealedBody);
    return erased ? null : value.body;
  }

  /** Writes the sender's outcome (the body as stored: sealed). Only the sender calls it. */
  async settle(delivery: WebhookDelivery): Promise<void> {
    await this.collection.replaceOne({ _id: delivery._id }, delivery);
  }
}

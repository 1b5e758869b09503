import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { EventEnvelope } from '@ikiraro/contracts';
import { PersonalData } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import type { Rule } from '../policy/rule.ts';
import { DELIVERIES, type Delivery, deliveryId, sealedDeliveryFields } from './delivery.ts';

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/** The delivery log: what is queued, what went, what failed and why. */
@Injectable()
export class Deliveries {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly personal: PersonalData,
  ) {}

  get collection() {
    return this.connection.db!.collection<Delivery>(DELIVERIES);
  }

  /**
   * Queues one message per recipient. Inserts only, one by one: a message already queued for this event,
   * recipient and template (a redelivered event, a handler that crashed half-way) is refused by `_id` and
   * skipped, so none is queued twice and none is lost. A rule that says what it goes `once` for (a match) is
   * keyed on that instead of the event.
   */
  async queue(
    event: EventEnvelope,
    rule: Rule,
    people: readonly string[],
    facts: Delivery['facts'],
    personal?: Delivery['personal'],
  ) {
    const now = new Date();
    for (const person of people) {
      const queued: Delivery = {
        _id: deliveryId(rule.template, rule.once?.(event.data) ?? event.id, person),
        template: rule.template,
        category: rule.category,
        person,
        event: {
          id: event.id,
          type: event.type,
          occurredAt: event.occurredAt,
          correlationId: event.correlationId,
        },
        facts,
        ...(personal ? { personal } : {}),
        status: 'queued',
        pending: true,
        attempts: [],
        refusals: 0,
        dueAt: now,
        createdAt: now,
      };
      const delivery = personal ? await this.personal.seal(person, queued, ['personal']) : queued;
      await this.collection.insertOne(delivery).catch((error: unknown) => {
        if (!isDuplicateKey(error)) throw error;
      });
    }
  }

  /** The next messages due, oldest first (equality on `pending`: the one filter FerretDB pushes down here). */
  async due(limit: number, now = new Date()): Promise<Delivery[]> {
    const pending = await this.collection.find({ pending: true }).sort({ dueAt: 1 }).limit(limit).toArray();
    return pending.filter((d) => d.dueAt <= now);
  }

  /** Writes the sender's outcome, the address and subject sealed. Only the sender calls it (see `Delivery`). */
  async settle(delivery: Delivery): Promise<void> {
    // Nothing to seal (not addressed yet): no key is asked for, so an erased person's message can be settled.
    const personal = sealedDeliveryFields.some((f) => delivery[f as keyof Delivery] !== undefined);
    const stored = personal
      ? await this.personal.seal(delivery.person, delivery, sealedDeliveryFields)
      : delivery;
    await this.collection.replaceOne({ _id: delivery._id }, stored);
  }

  /** A delivery with its address and subject opened (null once the person is erased). */
  async open(delivery: Delivery): Promise<Delivery> {
    const { value } = await this.personal.open(delivery.person, delivery, sealedDeliveryFields);
    return value;
  }

  /**
   * Erasure: the person's settled messages lose their address key and sealed fields (unreadable anyway once
   * the key is gone). Pending ones are left to the sender, which suppresses them when it finds no contact: it
   * stays their only writer.
   */
  async erase(person: string): Promise<number> {
    const settled = await this.collection.find({ person, pending: false }).toArray();
    for (const delivery of settled) {
      const kept = { ...delivery };
      delete kept.to;
      delete kept.subject;
      delete kept.toKey;
      delete kept.personal;
      await this.collection.replaceOne({ _id: delivery._id }, kept);
    }
    return settled.length;
  }
}

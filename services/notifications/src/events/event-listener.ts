import type { EventEnvelope } from '@ikiraro/contracts';

/**
 * A part of notifications that acts on events: the address book, the policy, the webhooks. The messaging
 * library allows one handler per event type and service, so one consumer (events.consumer.ts) takes every event
 * notifications may read and hands each to the listeners that want it, in the order they are listed.
 */
export interface EventListener {
  /** The event types it acts on. */
  readonly types: ReadonlySet<string>;
  /** Acts on one event; idempotent: a redelivered event changes nothing twice. */
  on(event: EventEnvelope): Promise<void>;
}

export const EVENT_LISTENERS = Symbol('EVENT_LISTENERS');

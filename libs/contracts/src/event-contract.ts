import type { ClassConstructor } from 'class-transformer';
import type { PersonalFields } from './personal.ts';

/**
 * Describes one integration event type at one version: the single definition that producer and consumers
 * import. `topic` is the producing service's aggregate topic, so one aggregate's events share a partition
 * (key = subject) and stay in order.
 */
export interface EventContract<T extends object = object> {
  /** Past-tense fact, `<service>.<aggregate>.<verb>`, e.g. `outreach.campaign.launched`. */
  readonly type: string;
  readonly version: number;
  /** Kafka topic, `ikiraro.<service>.<aggregate>`; a deployment may prefix it (tests do). */
  readonly topic: string;
  /** The payload class: validated with class-validator at both ends. */
  readonly payload: ClassConstructor<T>;
  readonly description: string;
  /**
   * The version before this one and how to read it as this one, so that a consumer of this version still
   * handles events that older producers (or the topic's history) carry.
   */
  readonly previous?: { readonly contract: EventContract<any>; readonly upcast: (older: any) => T };
  /** The payload's personal fields, sealed on the wire and in the outbox with their person's key. */
  readonly personal?: PersonalFields<T>;
  /** For an erasure event: the person it erases. From it on, every consumer treats them as erased (ADR 10). */
  erases?(data: T): string;
}

export type PayloadOf<C> = C extends EventContract<infer T> ? T : never;

export function defineEvent<T extends object>(contract: EventContract<T>): EventContract<T> {
  return Object.freeze(contract);
}

/** What travels on Kafka (architecture.md: event envelope). Trace context is in the headers. */
export interface EventEnvelope<T = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  producer: string;
  subject: string;
  correlationId: string;
  causationId: string | null;
  actor: string;
  data: T;
}

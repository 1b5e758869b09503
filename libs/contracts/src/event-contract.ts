import type { ClassConstructor } from 'class-transformer';
import type { PersonalFields } from './personal.ts';

/**
 * Describes one integration event type at one version: the single definition that producer and consumers
 * import. `topic` is the producing service's aggregate topic, so one aggregate's events share a partition
 * (key = subject) and stay in order. Made only by `defineEvent`, which derives `producer` and `topic` from `type`.
 */
export interface EventContract<T extends object = object> {
  /** Past-tense fact, `<service>.<aggregate>.<verb>`, e.g. `outreach.campaign.launched`. */
  readonly type: string;
  readonly version: number;
  /** The service that publishes it: the type's first segment. */
  readonly producer: string;
  /** Kafka topic, `ikiraro.<service>.<aggregate>` (see `topicOf`); a deployment may prefix it (tests do). */
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

/** What a contract file writes: everything but what follows from `type`. */
export type EventDefinition<T extends object> = Omit<EventContract<T>, 'producer' | 'topic'>;

export type PayloadOf<C> = C extends EventContract<infer T> ? T : never;

const TYPE_SHAPE = /^[a-z]+\.[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/;

/**
 * The one rule from an event type to its topic: `<service>.<aggregate>.<verb>` goes on `ikiraro.<service>.<aggregate>`,
 * so every event of one aggregate shares a topic and, keyed by the aggregate id, its order (ADR 4).
 */
export function topicOf(type: string): string {
  if (!TYPE_SHAPE.test(type)) throw new Error(`event type ${type} is not <service>.<aggregate>.<verb>`);
  const [service, aggregate] = type.split('.');
  return `ikiraro.${service}.${aggregate}`;
}

/** Every contract defined so far, in order: the catalogue is this list once libs/contracts has loaded. */
const defined: EventContract[] = [];
export const definedEvents = (): readonly EventContract[] => [...defined];

export function defineEvent<T extends object>(definition: EventDefinition<T>): EventContract<T> {
  const contract: EventContract<T> = Object.freeze({
    ...definition,
    producer: definition.type.split('.')[0]!,
    topic: topicOf(definition.type),
  });
  defined.push(contract as EventContract);
  return contract;
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

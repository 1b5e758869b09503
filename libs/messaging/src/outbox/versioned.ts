import type { EventContract } from '@ikiraro/contracts';

/** An event to record with a state change: `event(CampaignLaunched, { … })`. */
export interface PendingEvent<T extends object = object> {
  contract: EventContract<T>;
  data: T;
}

export const event = <T extends object>(contract: EventContract<T>, data: T): PendingEvent<T> => ({
  contract,
  data,
});

/** One version of one aggregate: versions are numbered 1, 2, … with no gap. */
export interface Versioned<S> {
  id: string;
  version: number;
  state: S;
}

/** What a command decides: the next state, and the events that announce it (written with it, atomically). */
export interface Decision<S> {
  state: S;
  events: PendingEvent[];
}

/** Thrown by `create` when the aggregate exists, and by `update` when it does not. */
export class AggregateConflictError extends Error {}
export class AggregateNotFoundError extends Error {}

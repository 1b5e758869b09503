import type { EventEnvelope } from '@ikiraro/contracts';
import type { Collection, Db } from 'mongodb';

/**
 * One state change of one aggregate with the events it announces. Inserted once, under the unique `_id`
 * `<aggregate>:<id>:<version>`, so the change and its events are one atomic write on any MongoDB-wire store
 * (FerretDB has no transactions, and its updates are read-then-write). Never updated afterwards.
 */
export interface OutboxRecord<S = unknown> {
  _id: string;
  aggregate: string;
  aggregateId: string;
  version: number;
  state: S;
  events: { topic: string; traceparent: string; envelope: EventEnvelope }[];
  /** `<event id>:<aggregate>:<id>` when a consumed event caused the change, else `_id`: one effect per event. */
  causationKey: string;
  committedAt: Date;
  /** The writer's pending mark: a mark of a writer that lost the race for this version is not this change's. */
  mark: string;
}

/**
 * "Not published yet": inserted by a writer just before its change, deleted by the relay once the change's
 * events are on Kafka and its projection is written (or once it is certain the change never committed: another
 * writer's change holds its version, or the relay fenced it). Pending work is this small collection, not a
 * query over every change: FerretDB's range filters read the whole collection.
 */
export interface PendingMark {
  /** Unique per write attempt. */
  _id: string;
  /** The change's `_id`. */
  change: string;
  version: number;
  /** The writer's clock, for people reading the collection; the relay never relies on it. */
  at: Date;
  /** Set by the relay when the events are on Kafka but the projection failed: only the projection is retried. */
  published?: boolean;
}

/**
 * Inserted by the relay in the outbox under a mark whose change did not appear: the unique index on `mark`
 * then refuses that change for good, so the mark can go without any guess about the writer's speed or clock.
 * A writer that was only slow gets a duplicate-key error and decides again under a new mark.
 */
export interface Fence {
  _id: `fence:${string}`;
  mark: string;
  causationKey: `fence:${string}`;
  fencedAt: Date;
}

export const collections = (db: Db) => ({
  outbox: db.collection<OutboxRecord | Fence>('outbox') as Collection<OutboxRecord>,
  fences: db.collection<Fence>('outbox'),
  pending: db.collection<PendingMark>('outbox_pending'),
});

export async function createOutboxIndexes(db: Db): Promise<void> {
  const { outbox } = collections(db);
  await outbox.createIndex({ causationKey: 1 }, { unique: true });
  await outbox.createIndex({ mark: 1 }, { unique: true });
}

export { isDuplicateKey } from '@ikiraro/persistence';

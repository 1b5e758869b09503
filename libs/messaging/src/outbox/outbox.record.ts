import type { EventEnvelope } from '@ikiraro/contracts';
import type { Db } from 'mongodb';

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
 * events are on Kafka (or once it is clear the change is another writer's, or never came). Pending work is
 * this small collection, not a query over every change: FerretDB filters only on `_id` in the database.
 */
export interface PendingMark {
  /** Unique per write attempt. */
  _id: string;
  /** The change's `_id`. */
  change: string;
  version: number;
  at: Date;
}

export const collections = (db: Db) => ({
  outbox: db.collection<OutboxRecord>('outbox'),
  pending: db.collection<PendingMark>('outbox_pending'),
});

export async function createOutboxIndexes(db: Db): Promise<void> {
  await collections(db).outbox.createIndex({ causationKey: 1 }, { unique: true });
}

export { isDuplicateKey } from '@ikiraro/persistence';

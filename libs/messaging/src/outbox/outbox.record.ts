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
}

/**
 * "Not published yet", one per change, same `_id`: inserted just before the change and deleted by the relay
 * once its events are on Kafka. Pending work is this small collection, not a query over every change: FerretDB
 * filters only on `_id` in the database (anything else reads the whole collection).
 */
export interface PendingMark {
  _id: string;
  version: number;
  at: Date;
}

/** Where each aggregate's latest published version is (relay-written): where `latest()` starts looking. */
export interface Head {
  _id: string;
  version: number;
}

export const collections = (db: Db) => ({
  outbox: db.collection<OutboxRecord>('outbox'),
  pending: db.collection<PendingMark>('outbox_pending'),
  heads: db.collection<Head>('aggregate_heads'),
});

export async function createOutboxIndexes(db: Db): Promise<void> {
  await collections(db).outbox.createIndex({ causationKey: 1 }, { unique: true });
}

export const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

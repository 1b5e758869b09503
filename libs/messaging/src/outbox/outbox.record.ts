import type { EventEnvelope } from '@ikiraro/contracts';
import type { Collection, Db } from 'mongodb';

/**
 * One state change of one aggregate with the events it announces: the outbox. Inserted once, under the unique
 * `_id` `<aggregate>:<id>:<version>`, so the change and its events are one atomic write on any MongoDB-wire
 * store (FerretDB has no transactions, and its updates are read-then-write). After the insert only the relay
 * writes to a record, and only its `published` mark.
 */
export interface OutboxRecord<S = unknown> {
  _id: string;
  aggregate: string;
  aggregateId: string;
  version: number;
  state: S;
  events: { topic: string; traceparent: string; envelope: EventEnvelope }[];
  published: boolean;
  /** `<event id>:<aggregate>:<id>` when a consumed event caused the change, else `_id`: one effect per event. */
  causationKey: string;
  committedAt: Date;
}

export const OUTBOX = 'outbox';

export function outboxOf(db: Db): Collection<OutboxRecord> {
  return db.collection<OutboxRecord>(OUTBOX);
}

export async function createOutboxIndexes(db: Db): Promise<void> {
  const outbox = outboxOf(db);
  await outbox.createIndex({ published: 1 });
  await outbox.createIndex({ aggregate: 1, aggregateId: 1, version: 1 });
  await outbox.createIndex({ causationKey: 1 }, { unique: true });
}

export const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

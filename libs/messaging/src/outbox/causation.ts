import { messageContext } from '@ikiraro/observability';
import type { Collection } from 'mongodb';
import type { OutboxRecord } from './outbox.record.ts';

/**
 * One effect per consumed event (ADR 5): a change made while handling an event carries the unique key
 * `<event id>:<aggregate>:<id>`, so the same event, redelivered, cannot change that aggregate a second time
 * (its insert fails on the unique index, whatever version it decided). A change made by a command carries its
 * own `_id`, which is unique anyway.
 */
export function causationKeyOf(aggregate: string, id: string, recordId: string): string {
  const causationId = messageContext.current()?.causationId;
  return causationId ? `${causationId}:${aggregate}:${id}` : recordId;
}

/** After a duplicate-key refusal: was it because the consumed event in progress caused this change already? */
export async function causedAlready(
  outbox: Collection<OutboxRecord>,
  record: OutboxRecord,
): Promise<boolean> {
  if (record.causationKey === record._id) return false;
  return (await outbox.findOne({ causationKey: record.causationKey }, { projection: { _id: 1 } })) !== null;
}

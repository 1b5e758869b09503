import type { Collection } from 'mongodb';
import { type Fence, isDuplicateKey, type PendingMark } from './outbox.record.ts';

/**
 * Refuses for good the change of a mark that never showed (ADR 5): a record inserted in the outbox under that
 * mark makes the unique index on `mark` refuse the change, so the mark can go without a guess about the
 * writer's speed or clock. False when the change came in after all (it is published at the next pass).
 */
export async function fence(fences: Collection<Fence>, mark: PendingMark): Promise<boolean> {
  try {
    await fences.insertOne({
      _id: `fence:${mark._id}`,
      mark: mark._id,
      causationKey: `fence:${mark._id}`,
      fencedAt: new Date(),
    });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

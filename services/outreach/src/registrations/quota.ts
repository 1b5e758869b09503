import { hashOf, insertOnce } from '@ikiraro/persistence';
import { ProblemException } from '@ikiraro/service-defaults';
import type { Db } from 'mongodb';

/**
 * Quotas of public routes (mails to an address, CV uploads from a client…), one collection for all: each use
 * is a slot `${bucket}:${n}` inserted once, `n` below the limit. An insert under a unique key is the one atomic
 * step on FerretDB (updates are read-then-write, counts are stale under concurrency), so however many requests
 * race for the last slot, one gets it. Windows are fixed (`bucket` = key and window number): a client can use
 * a window's allowance at its end and the next one's at the start, twice the limit in a short while at most.
 */
export const QUOTA_SLOTS = 'quota_slots';

export interface QuotaSlot {
  _id: string;
  /** What is counted and in which window: slots are counted by this (an equality, pushed down). */
  bucket: string;
  /** The end of the window: retention deletes the slot after it. */
  expiresAt: Date;
}

export interface Quota {
  /** What is counted, e.g. `self-service-link`. */
  name: string;
  limit: number;
  windowMs: number;
}

/** Takes one use of `quota` for `subject` (an address, a client): false when the window's uses are all taken. */
export async function takeQuota(db: Db, quota: Quota, subject: string, now = new Date()): Promise<boolean> {
  const window = Math.floor(now.getTime() / quota.windowMs);
  // The subject is hashed: the slots say nothing about who asked (and are gone after the window anyway).
  const bucket = `${quota.name}:${hashOf(subject)}:${window}`;
  const slots = db.collection<QuotaSlot>(QUOTA_SLOTS);
  // Where to start looking: a count can be stale under concurrency, never too high, so no slot is skipped.
  const taken = await slots.countDocuments({ bucket });
  const expiresAt = new Date((window + 1) * quota.windowMs);
  for (let n = taken; n < quota.limit; n++)
    if (await insertOnce(slots, { _id: `${bucket}:${n}`, bucket, expiresAt })) return true;
  return false;
}

/** The answer to a request over its quota: 429 problem+json with a stable code. */
export const tooMany = (code: string, message: string) =>
  new ProblemException({ status: 429, code, title: message });

import { createHash, randomBytes } from 'node:crypto';

/** MongoDB's (and FerretDB's) duplicate-key error. */
export const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

/**
 * Inserts a document whose `_id` may exist once: false when it exists already. An insert under a unique key is
 * the one atomic step on both FerretDB and MongoDB, so of two concurrent inserts exactly one wins.
 */
export async function insertOnce<T extends { _id: string }>(
  collection: { insertOne(doc: T): Promise<unknown> },
  doc: T,
): Promise<boolean> {
  try {
    await collection.insertOne(doc);
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** Takes `_id` once (a used link, a replayed token, a counted step): false when it was taken already. */
export const claimOnce = (
  collection: { insertOne(doc: { _id: string; at: Date }): Promise<unknown> },
  _id: string,
) => insertOnce(collection, { _id, at: new Date() });

/** A random opaque secret for a link or a cookie; store only its hash, so a leaked database opens nothing. */
export const newSecret = () => randomBytes(32).toString('base64url');
export const hashOf = (secret: string) => createHash('sha256').update(secret).digest('base64url');

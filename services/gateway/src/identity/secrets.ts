import { createHash, randomBytes } from 'node:crypto';

/** A random opaque secret for a link or a cookie; only its hash is stored, so a database leak opens nothing. */
export const newSecret = () => randomBytes(32).toString('base64url');
export const hashOf = (secret: string) => createHash('sha256').update(secret).digest('base64url');
export const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

/** Inserts a record whose `_id` may be taken once; false when it was taken already. The atomic step on any store. */
export async function claimOnce(
  collection: { insertOne(doc: { _id: string; at: Date }): Promise<unknown> },
  _id: string,
): Promise<boolean> {
  try {
    await collection.insertOne({ _id, at: new Date() });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

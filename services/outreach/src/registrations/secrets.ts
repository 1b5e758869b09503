import { createHash, randomBytes } from 'node:crypto';

/**
 * Outreach's own one-time secrets (the gateway has the same idea; services share no code): a random opaque token
 * for an e-mailed link, of which only the hash is stored, so a leaked database opens no link.
 */
export const newSecret = () => randomBytes(32).toString('base64url');
export const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

/**
 * Inserts a record under an `_id` that can be taken once: false when it was taken already. An insert under a
 * unique key is the one atomic step on both FerretDB and MongoDB, so of two concurrent claims exactly one wins.
 */
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

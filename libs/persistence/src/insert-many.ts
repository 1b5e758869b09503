import { isDuplicateKey } from './insert-once.ts';

interface BulkInsertable<T> {
  insertMany(docs: T[], options: { ordered: false }): Promise<unknown>;
}

/**
 * Inserts every document it can (`ordered: false`: one failure stops nothing else) and returns the error of each
 * one that did not go in, by index. An error that is not about single documents (e.g. no connection) is thrown.
 */
export async function insertEvery<T>(collection: BulkInsertable<T>, documents: readonly T[]) {
  const failed = new Map<number, unknown>();
  if (documents.length === 0) return failed;
  try {
    await collection.insertMany([...documents], { ordered: false });
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { index: number } | { index: number }[] }).writeErrors;
    const list = writeErrors === undefined ? [] : Array.isArray(writeErrors) ? writeErrors : [writeErrors];
    if (list.length === 0) throw error;
    for (const e of list) failed.set(e.index, e);
  }
  return failed;
}

/**
 * Inserts documents whose `_id` may exist already; returns the indexes of those that did. Any other failure is
 * thrown (the others stay inserted).
 */
export async function insertNew<T extends { _id: string }>(
  collection: BulkInsertable<T>,
  documents: readonly T[],
): Promise<Set<number>> {
  const failed = await insertEvery(collection, documents);
  const other = [...failed.values()].find((e) => !isDuplicateKey(e));
  if (other !== undefined)
    throw Object.assign(new Error(String((other as { errmsg?: string }).errmsg ?? other)), other);
  return new Set(failed.keys());
}

import type { PendingMark } from './outbox.record.ts';

/**
 * The pending marks of one pass, grouped by aggregate (`<aggregate>:<id>`), each group in version order, in
 * chunks of about `size` marks: a chunk never splits an aggregate, so its versions are settled in order, and
 * no writer's clock is consulted.
 */
export function chunksByAggregate(marks: readonly PendingMark[], size: number): PendingMark[][][] {
  const byAggregate = new Map<string, PendingMark[]>();
  for (const mark of [...marks].sort((a, b) => (a._id < b._id ? -1 : 1))) {
    const key = mark.change.slice(0, mark.change.lastIndexOf(':'));
    (byAggregate.get(key) ?? byAggregate.set(key, []).get(key)!).push(mark);
  }
  const chunks: PendingMark[][][] = [[]];
  let count = 0;
  for (const group of byAggregate.values()) {
    if (count >= size) {
      chunks.push([]);
      count = 0;
    }
    chunks.at(-1)!.push(group.sort((a, b) => a.version - b.version));
    count += group.length;
  }
  return chunks;
}

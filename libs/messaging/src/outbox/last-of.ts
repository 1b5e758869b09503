/**
 * The last of a contiguous run of numbered records (1, 2, … n, each inserted only after the one before), by key
 * lookups only (cheap on every store). From a record known to exist (`known`), it steps forward; without one,
 * it doubles from `from` until a number is missing and bisects: about 2·log2(n) lookups.
 */
export async function lastOf<T extends object>(
  at: (n: number) => Promise<T | null>,
  from: number,
  known: boolean,
): Promise<T | null> {
  let record = await at(from);
  if (!record) return null;
  let last = from;
  if (!known) {
    let high = from * 2;
    for (let found = await at(high); found; found = await at(high))
      [record, last, high] = [found, high, high * 2];
    while (high - last > 1) {
      const mid = Math.floor((last + high) / 2);
      const found = await at(mid);
      if (found) [record, last] = [found, mid];
      else high = mid;
    }
  }
  for (let next = await at(last + 1); next; next = await at(last + 1)) [record, last] = [next, last + 1];
  return record;
}

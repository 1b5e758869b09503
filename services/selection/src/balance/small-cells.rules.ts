/**
 * Small-cell suppression for the balance's gender counts: below this many people, a count can point at a person
 * (one woman selected, and everyone knows who was selected at that IPRC). A programme constant, not a setting: it
 * is part of what the balance promises its readers.
 */
export const SMALL_CELL = 5;

/** A count under the threshold (zero included, so an empty group cannot be told apart from a small one). */
export const FEWER = `<${SMALL_CELL}` as const;
/** A count of any size, withheld so that a small one cannot be worked out from the total. */
export const WITHHELD = 'withheld' as const;
export type Cell = number | typeof FEWER | typeof WITHHELD;

/**
 * One breakdown of `total` people (the total itself is published elsewhere: by IPRC, still to select). When a
 * group has 1 to SMALL_CELL − 1 people, every group under the threshold shows FEWER; then, while the total would
 * still let a reader work one of them out exactly, the smallest count shown is withheld too (secondary
 * suppression; when all are under it already, one of them). A breakdown with no small group other than empty ones
 * is shown as it is.
 */
export function suppressSmallCells(counts: Record<string, number>, total: number): Record<string, Cell> {
  const keys = Object.keys(counts);
  if (!keys.some((k) => counts[k]! > 0 && counts[k]! < SMALL_CELL)) return { ...counts };
  const fewer = new Set(keys.filter((k) => counts[k]! < SMALL_CELL));
  const withheld = new Set<string>();
  const shown = () => keys.filter((k) => !fewer.has(k) && !withheld.has(k));
  while (workedOut(counts, total, fewer, withheld)) {
    const next = shown().sort((a, b) => counts[a]! - counts[b]!)[0] ?? [...fewer][0];
    if (next === undefined) break;
    fewer.delete(next);
    withheld.add(next);
  }
  return Object.fromEntries(
    keys.map((k) => [k, fewer.has(k) ? FEWER : withheld.has(k) ? WITHHELD : counts[k]!] as const),
  );
}

/**
 * Whether a reader who knows the total, the counts shown, that each FEWER cell is 0..SMALL_CELL − 1 and each
 * WITHHELD cell 0..total, can pin one hidden cell to a single value, or learn that the small groups together hold
 * a few people (6 men of 7: the seventh is a woman or did not say), unless those few are everyone.
 */
function workedOut(counts: Record<string, number>, total: number, fewer: Set<string>, withheld: Set<string>) {
  const hidden = [...fewer, ...withheld];
  const range = (k: string): [number, number] => (fewer.has(k) ? [0, SMALL_CELL - 1] : [0, total]);
  const rest =
    total - Object.keys(counts).reduce((sum, k) => (hidden.includes(k) ? sum : sum + counts[k]!), 0);
  if (withheld.size === 0 && rest > 0 && rest < SMALL_CELL && rest < total) return true;
  return hidden.some((k) => {
    const others = hidden.filter((o) => o !== k);
    const [min, max] = range(k);
    const lowest = Math.max(min, rest - others.reduce((sum, o) => sum + range(o)[1], 0));
    const highest = Math.min(max, rest - others.reduce((sum, o) => sum + range(o)[0], 0));
    return lowest === highest;
  });
}

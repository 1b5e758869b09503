/* Calendar quarters as reporting names them (`2027-Q1`), from ISO dates: pure functions. */

/** The quarter of an ISO date or timestamp (`2027-02-10` → `2027-Q1`). */
export function quarterOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** Every quarter from the one of `from` to the one of `to`, oldest first (none when `from` is later). */
export function quartersBetween(from: string, to: string): string[] {
  const index = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
  const first = index(quarterOf(from));
  const last = index(quarterOf(to));
  const quarters: string[] = [];
  for (let i = first; i <= last; i++) quarters.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return quarters;
}

/**
 * The quarters a reader may choose: from the earliest indicator period's start to the current quarter (by
 * `now`, the time the server generated the logframe), newest first.
 */
export function choosableQuarters(periodStarts: readonly string[], now: string): string[] {
  const earliest = [...periodStarts].sort()[0] ?? now;
  return quartersBetween(earliest, now).reverse();
}

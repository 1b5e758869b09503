/**
 * Runs `work` on every item, at most `limit` at a time. Waits for all of them, even when one fails (no work is
 * left running behind the caller's back), then throws the first error.
 */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        await work(item).catch((error: unknown) => void errors.push(error));
      }
    }),
  );
  if (errors.length > 0) throw errors[0];
}

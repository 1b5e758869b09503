import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Retries `probe` until it stops throwing (e.g. its expect() passes), for effects that arrive over Kafka.
 * The timeout bounds a hung test; it is not a performance assertion.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(intervalMs);
    }
  }
}

import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';

interface Window {
  current: number;
  startedAt: number;
}

/** Clients tracked at once; the oldest windows go first beyond this (as @fastify/rate-limit's own store). */
const capacity = 10_000;

/**
 * One count per client and window, shared by the gateway's two Fastify instances (its own routes, and the
 * forwarded ones): a client has one allowance for the API and one for sign-in and public forms, whichever
 * instance serves the route. Fixed windows, as @fastify/rate-limit's own in-memory store.
 */
export function sharedRateLimitStore(): FastifyRateLimitStoreCtor {
  // Map order is the order windows started: the first entries are the first to expire.
  const windows = new Map<string, Window>();
  const live = (key: string, timeWindow: number, now: number) => {
    const window = windows.get(key);
    return window && window.startedAt + timeWindow > now ? window : undefined;
  };
  const store = {
    incr(
      key: string,
      done: (error: Error | null, state: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      const now = Date.now();
      let window = live(key, timeWindow, now);
      if (!window) {
        window = { current: 0, startedAt: now };
        windows.delete(key);
        windows.set(key, window);
        for (const [oldKey, old] of windows) {
          if (windows.size <= capacity && old.startedAt + timeWindow > now) break;
          windows.delete(oldKey);
        }
      }
      window.current += 1;
      done(null, { current: window.current, ttl: window.startedAt + timeWindow - now });
    },
    read(
      key: string,
      done: (error: Error | null, state: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      const now = Date.now();
      const window = live(key, timeWindow, now);
      done(
        null,
        window
          ? { current: window.current, ttl: window.startedAt + timeWindow - now }
          : { current: 0, ttl: 0 },
      );
    },
    child: () => store,
  };
  // The plugin builds its store with `new`; a constructor that returns an object yields that object.
  return function SharedStore() {
    return store;
  } as unknown as FastifyRateLimitStoreCtor;
}

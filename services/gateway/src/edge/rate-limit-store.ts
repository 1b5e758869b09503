import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { hashOf } from '@ikiraro/persistence';
import type { Db } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';

interface Window {
  current: number;
  startedAt: number;
}

/** Clients tracked at once; the oldest windows go first beyond this (as @fastify/rate-limit's own store). */
const capacity = 10_000;

type Done = (error: Error | null, state: { current: number; ttl: number }) => void;

/** Kept in memory: a budget of this replica alone. */
const perReplica = (key: string) => key.startsWith('api:');
/** Hits older than this are of no window any more (the longest is the hour of the per-e-mail limit). */
const longestWindow = 3_600_000;

/**
 * One count per client and window, shared by the gateway's two Fastify instances (its own routes, and the
 * forwarded ones), whichever instance serves the route. The budgets that stop abuse (sign-in, public forms, per
 * e-mail address) are held in the gateway's database, so every replica counts against one budget; the general API
 * budget (`api:` keys, the forwarding path) stays in each replica's memory, where a count costs no round trip: with
 * N replicas a client gets up to N times RATE_LIMIT_PER_MINUTE.
 */
export function sharedRateLimitStore(db: Db): FastifyRateLimitStoreCtor & { close(): void } {
  const memory = memoryWindows();
  const database = databaseWindows(db);
  const store = {
    incr: (key: string, done: Done, timeWindow: number) =>
      (perReplica(key) ? memory : database).incr(key, done, timeWindow),
    read: (key: string, done: Done, timeWindow: number) =>
      (perReplica(key) ? memory : database).read(key, done, timeWindow),
    child: () => store,
  };
  // The plugin builds its store with `new`; a constructor that returns an object yields that object.
  return Object.assign(
    function SharedStore() {
      return store;
    } as unknown as FastifyRateLimitStoreCtor,
    { close: database.close },
  );
}

/**
 * Sliding windows in the database, one inserted document per hit and a count of the key's hits within the window:
 * inserts are atomic on FerretDB where its updates are not (they lose increments under concurrency, ADR 3), so
 * parallel requests, on one replica or several, are each counted. Keys are stored hashed (they hold addresses).
 */
function databaseWindows(db: Db) {
  const hits = db.collection<{ _id: string; key: string; at: Date }>('rate_limit_hits');
  const indexed = hits.createIndex({ key: 1 }).catch(() => undefined);
  const count = async (key: string, timeWindow: number) => {
    await indexed;
    // Equality on `key` is pushed down; the range is filtered among that key's hits only.
    return hits.countDocuments({ key, at: { $gt: new Date(Date.now() - timeWindow) } });
  };
  const answer = (done: Done, timeWindow: number) => (current: number) =>
    done(null, { current, ttl: timeWindow });
  // Hits of no window any more are deleted once a minute, on every replica alike (deletes only: safe at once).
  const purge = setInterval(() => {
    void hits.deleteMany({ at: { $lt: new Date(Date.now() - longestWindow) } }).catch(() => undefined);
  }, 60_000);
  purge.unref();
  return {
    incr(key: string, done: Done, timeWindow: number) {
      const hashed = hashOf(key);
      hits
        .insertOne({ _id: uuidv7(), key: hashed, at: new Date() })
        .then(() => count(hashed, timeWindow))
        .then(answer(done, timeWindow), (error: Error) => done(error, { current: 0, ttl: 0 }));
    },
    read(key: string, done: Done, timeWindow: number) {
      count(hashOf(key), timeWindow).then(answer(done, timeWindow), (error: Error) =>
        done(error, { current: 0, ttl: 0 }),
      );
    },
    close: () => clearInterval(purge),
  };
}

/** Fixed windows in memory, as @fastify/rate-limit's own in-memory store. */
function memoryWindows() {
  // Map order is the order windows started: the first entries are the first to expire.
  const windows = new Map<string, Window>();
  const live = (key: string, timeWindow: number, now: number) => {
    const window = windows.get(key);
    return window && window.startedAt + timeWindow > now ? window : undefined;
  };
  return {
    incr(key: string, done: Done, timeWindow: number) {
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
    read(key: string, done: Done, timeWindow: number) {
      const now = Date.now();
      const window = live(key, timeWindow, now);
      done(
        null,
        window
          ? { current: window.current, ttl: window.startedAt + timeWindow - now }
          : { current: 0, ttl: 0 },
      );
    },
  };
}

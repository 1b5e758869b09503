import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Collection, MongoClient } from 'mongodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { RelayLease } from './relay-lease.ts';

// Two relays of one service on the real database: never both active, a silent one replaced after the lease lapses.
const mongo = new MongoClient(process.env.MONGODB_URI!);
let terms: Collection<never>;
const ttl = 1_500;
const lease = (holder: string) => new RelayLease(terms as never, holder, ttl, 200, 500);

beforeAll(async () => {
  await mongo.connect();
  terms = mongo.db(`${process.env.DATABASE_PREFIX}lease`).collection('outbox_lease');
});
afterAll(() => mongo.close());

describe('relay lease', () => {
  it('lets one relay hold it while it beats, and another take over only after it fell silent', async () => {
    const [a, b] = [lease('a'), lease('b')];
    expect(await a.hold()).toBe(true);
    const activeTogether: number[] = [];
    for (let i = 0; i < 12; i++) {
      const [heldA, heldB] = [await a.hold(), await b.hold()];
      if (heldA && heldB) activeTogether.push(i);
      expect(heldA).toBe(true);
      await sleep(200);
    }
    expect(activeTogether).toEqual([]);
    expect(b.held).toBe(false);

    // a stops beating (a crashed or paused process): b takes over once a's last beat is a lease old.
    let tookOver = false;
    for (let waited = 0; waited < 10_000 && !tookOver; waited += 100) {
      tookOver = await b.hold();
      if (tookOver) expect(a.held).toBe(false); // a's own view ran out before b's began
      await sleep(100);
    }
    expect(tookOver).toBe(true);
    expect(await a.hold()).toBe(false); // back from its pause, a sees b's term and stays standing by
  }, 30_000);

  it('hands over at once when the holder releases it', async () => {
    await terms.deleteMany({});
    const [a, b] = [lease('a2'), lease('b2')];
    expect(await a.hold()).toBe(true);
    expect(await b.hold()).toBe(false);
    await a.release();
    expect(a.held).toBe(false);
    expect(await b.hold()).toBe(true);
  });
});

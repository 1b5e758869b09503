import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CampaignLaunched, type EventEnvelope } from '@ikiraro/contracts';
import { repoRoot } from '@ikiraro/local-infra';
import {
  call,
  campaignDraft,
  eventually,
  probeTopic,
  type ServiceProcess,
  type ServiceUnderTest,
  spawnService,
  startService,
  startWireProxy,
} from '@ikiraro/testing';
import { MongoClient } from 'mongodb';
import { setTimeout as sleep } from 'node:timers/promises';

// The outbox's three ways to lose or mis-order a committed change, each provoked for real: a TCP proxy between
// a writer and the database that delays or cuts a write, writers whose clocks are ten minutes off, a
// projection the database refuses, and two relays running at once with one killed.
const database = process.env.MONGODB_URI!;
const proxy = await startWireProxy(database);
process.env.MONGODB_URI = proxy.uri; // the in-process ledger writes through the proxy
const { EntryRecorded, LedgerModule } = await import('./ledger.app.ts');

const prefix = process.env.KAFKA_TOPIC_PREFIX!;
const mongo = new MongoClient(database);
const db = (service: string) => mongo.db(`${process.env.DATABASE_PREFIX}${service}`);
const skewed = {
  NODE_OPTIONS: `--import=${repoRoot}/e2e/backbone/skewed-clock.mjs`,
  CLOCK_SKEW_MS: '-600000',
};

beforeAll(() => mongo.connect());
afterAll(() => mongo.close());

describe('outbox: a committed change is published once, in order', () => {
  let ledger: ServiceUnderTest;
  let entries: Awaited<ReturnType<typeof probeTopic>>;
  const entriesOf = (ledgerId: string) =>
    entries.events.filter((e) => (e.data as { ledgerId: string }).ledgerId === ledgerId);
  const record = (id: string, amount: number) =>
    ledger.request('POST', `/ledgers/${id}/entries`, { amount, note: 'outbox test' });

  beforeAll(async () => {
    ledger = await startService(LedgerModule);
    entries = await probeTopic(`${prefix}${EntryRecorded.topic}`);
  });
  afterAll(async () => {
    await entries.stop();
    await ledger.close();
    await proxy.close();
  });

  it('publishes a change whose write applied although the writer lost the connection before the answer', async () => {
    proxy.cutAfterNextInsert('outbox');
    const answer = await record('cut', 7);
    expect(proxy.triggered).toBe(1);
    expect(answer.status).toBe(500); // the writer cannot know: its mark stays, the relay finds the change
    await eventually(async () => expect(entriesOf('cut')).toHaveLength(1), 20_000);
    await eventually(async () =>
      expect((await ledger.request('GET', '/totals/cut')).body).toEqual({ sum: 7, count: 1 }),
    );
  });

  it('fences a writer slower than the relay waits, which then decides again: one change, one event', async () => {
    const before = proxy.triggered;
    proxy.delayNextInsert('outbox', 13_000);
    const answer = await record('slow', 3);
    expect(proxy.triggered).toBe(before + 1);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ id: 'slow', version: 1, balance: 3 });
    expect(
      await db('ledger')
        .collection('outbox')
        .countDocuments({ mark: { $exists: true }, fencedAt: { $exists: true } }),
    ).toBeGreaterThanOrEqual(1);
    await eventually(async () => expect(entriesOf('slow')).toHaveLength(1), 20_000);
    await sleep(1_000);
    expect(entriesOf('slow')).toHaveLength(1);
  }, 60_000);

  it('retries a projection the database refused until it lands, without publishing again', async () => {
    const ledgers = db('ledger').collection('ledgers');
    await ledgers.createIndex({ balance: 1 }, { unique: true, name: 'refuse_same_balance' });
    expect((await record('p1', 4242)).status).toBe(201);
    await eventually(async () =>
      expect(await ledgers.findOne({ _id: 'p1' as never })).toMatchObject({ balance: 4242 }),
    );
    expect((await record('p2', 4242)).status).toBe(201); // its projection breaks the unique index
    await eventually(async () => expect(entriesOf('p2')).toHaveLength(1));
    await sleep(1_500);
    expect(await ledgers.findOne({ _id: 'p2' as never })).toBeNull();
    await ledgers.dropIndex('refuse_same_balance');
    await eventually(
      async () => expect(await ledgers.findOne({ _id: 'p2' as never })).toMatchObject({ balance: 4242 }),
      20_000,
    );
    expect(entriesOf('p2')).toHaveLength(1);
  }, 40_000);
});

describe('outbox across processes: clocks that disagree, two relays at once', () => {
  const running: ServiceProcess[] = [];
  const start = async (env: NodeJS.ProcessEnv = {}) => {
    const service = await spawnService('outreach', { MONGODB_URI: database, ...env });
    running.push(service);
    return service;
  };
  const post = (service: ServiceProcess, path: string, body?: unknown) =>
    call(`${service.url}${path}`, 'POST', body, { as: 'programme-manager' });
  const draft = async (service: ServiceProcess, name: string) => {
    const created = await post(service, '/campaigns', campaignDraft({ name }));
    expect(created.status).toBe(201);
    return (created.body as { id: string }).id;
  };
  let campaigns: Awaited<ReturnType<typeof probeTopic>>;

  beforeAll(async () => {
    campaigns = await probeTopic(`${prefix}${CampaignLaunched.topic}`);
  });
  afterAll(async () => {
    await Promise.all(running.map((s) => s.kill('SIGKILL')));
    await campaigns?.stop(); // undefined when beforeAll failed: its error is the one to read
  });

  it("publishes an aggregate's changes in version order, whatever the writers' clocks say", async () => {
    const ahead = await start({ OUTBOX_RELAY: 'false' });
    const behind = await start({ ...skewed, OUTBOX_RELAY: 'false' });
    const id = await draft(ahead, 'Clocks');
    expect((await post(ahead, `/campaigns/${id}/launch`)).status).toBe(200);
    expect((await post(behind, `/campaigns/${id}/close`)).status).toBe(200); // committed "ten minutes ago"
    await start(); // the relay starts with both changes pending
    await eventually(
      async () => expect(campaigns.events.filter((e) => e.subject === id)).toHaveLength(2),
      30_000,
    );
    expect(campaigns.events.filter((e) => e.subject === id).map((e) => e.type)).toEqual([
      'outreach.campaign.launched',
      'outreach.campaign.closed',
    ]);
  }, 90_000);

  it("publishes a slow writer's change whatever its clock says: a mark is never given up on a guess", async () => {
    const writerProxy = await startWireProxy(database);
    const writer = await start({ ...skewed, OUTBOX_RELAY: 'false', MONGODB_URI: writerProxy.uri });
    const id = await draft(writer, 'Slow and behind');
    writerProxy.delayNextInsert('outbox', 2_500); // its mark is in, "ten minutes old"; its change is late
    expect((await post(writer, `/campaigns/${id}/launch`)).status).toBe(200);
    expect(writerProxy.triggered).toBe(1);
    await eventually(
      async () =>
        expect(campaigns.events.filter((e) => e.subject === id).map((e) => e.type)).toEqual([
          'outreach.campaign.launched',
        ]),
      30_000,
    );
    await writerProxy.close();
  }, 90_000);

  it('keeps order and loses nothing with two relays running, one killed midway', async () => {
    const [one, two] = [await start(), await start()];
    const ids = await Promise.all(
      Array.from({ length: 8 }, (_, i) => draft(i % 2 ? one : two, `Two relays ${i}`)),
    );
    await Promise.all(ids.map((id, i) => post(i % 2 ? two : one, `/campaigns/${id}/launch`)));
    await one.kill('SIGKILL');
    const closed = await Promise.all(ids.map((id) => post(two, `/campaigns/${id}/close`)));
    expect(closed.map((c) => c.status)).toEqual(ids.map(() => 200));
    await eventually(
      async () => {
        for (const id of ids) expect(firstOccurrences(campaigns.events, id)).toEqual(['launched', 'closed']);
      },
      30_000,
      200,
    );
  }, 90_000);
});

/** The event types of one aggregate in the order they first appeared (a re-publish after a kill may repeat). */
function firstOccurrences(events: EventEnvelope[], subject: string) {
  const seen = new Set<string>();
  return events
    .filter((e) => e.subject === subject && !seen.has(e.id) && seen.add(e.id))
    .map((e) => e.type.split('.')[2]);
}

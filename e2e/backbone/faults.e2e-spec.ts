import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CampaignLaunched, type EventEnvelope } from '@ikiraro/contracts';
import { freePorts, startKafka, stopKafka } from '@ikiraro/local-infra';
import {
  call,
  campaignDraft,
  eventually,
  probeTopic,
  publishRaw,
  type ServiceProcess,
  spawnService,
} from '@ikiraro/testing';
import { MongoClient } from 'mongodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';

// Real service processes, killed with SIGKILL, and a broker stopped for real. Each asserts nothing is lost and
// nothing is applied twice. (A single broker cannot prove durability: killing it keeps the OS page cache.)
const prefix = process.env.KAFKA_TOPIC_PREFIX!;
const topic = `${prefix}${CampaignLaunched.topic}`;
const mongo = new MongoClient(process.env.MONGODB_URI!);
const db = (service: string) => mongo.db(`${process.env.DATABASE_PREFIX}${service}`);
const post = (service: ServiceProcess, path: string, body: unknown) =>
  call(`${service.url}${path}`, 'POST', body, { as: 'programme-manager' });
/** A campaign created (a draft, announced to nobody) and launched: the launch is the event under test. */
const launchCampaign = async (service: ServiceProcess, name: string, office: 'BE' | 'DE') => {
  const created = await post(service, '/campaigns', campaignDraft({ name, office }));

  expect(created.status).toBe(201);
  const { id } = created.body as { id: string };
  expect((await post(service, `/campaigns/${id}/launch`, undefined)).status).toBe(200);
  return id;
};
const figures = async (reporting: ServiceProcess) =>
  (
    await call<{ launched: { BE: number; DE: number } }>(
      `${reporting.url}/figures/campaigns`,
      'GET',
      undefined,
      {
        as: 'programme-manager',
      },
    )
  ).body.launched;

/** On failure, shows what the services printed (minus connection-refused noise while the broker is down). */
const showingLogs = <T>(work: Promise<T>, ...services: ServiceProcess[]) =>
  work.catch((error: unknown) => {
    for (const s of services) {
      const lines = s.output
        .join('')
        .split('\n')
        .filter((l) => l && !l.includes('Connection error'));
      console.log(`${s.name}:\n${lines.slice(-20).join('\n')}`);
    }
    throw error;
  });

describe('event backbone under faults', () => {
  const running: ServiceProcess[] = [];
  const start = async (name: string, env: NodeJS.ProcessEnv = {}) => {
    const service = await spawnService(name, env);
    running.push(service);
    return service;
  };
  beforeAll(() => mongo.connect());
  afterAll(async () => {
    await Promise.all(running.map((s) => s.kill('SIGKILL')));
    await mongo.close();
  });

  it('publishes after a restart what a producer committed and did not publish before it was killed', async () => {
    const probe = await probeTopic(topic);
    // With its relay off, the producer commits and publishes nothing: the state a crash between the two leaves.
    const outreach = await start('outreach', { OUTBOX_RELAY: 'false' });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await launchCampaign(outreach, `Killed ${i}`, 'DE'));
    await outreach.kill('SIGKILL');
    expect(await db('outreach').collection('outbox_pending').countDocuments()).toBeGreaterThanOrEqual(20);
    expect(probe.events.filter((e) => ids.includes(e.subject))).toEqual([]);

    await start('outreach');
    await eventually(
      async () => expect(probe.events.filter((e) => ids.includes(e.subject))).toHaveLength(20),
      30_000,
    );
    await sleep(2_000); // long enough for a duplicate publish to show up
    const published = probe.events.filter((e) => ids.includes(e.subject));
    expect(new Set(published.map((e) => e.subject))).toEqual(new Set(ids));
    expect(published).toHaveLength(20);
    await probe.stop();
  });

  it('applies every event exactly once when a consumer is killed mid-batch and restarted', async () => {
    const total = 300;
    const events: EventEnvelope[] = Array.from({ length: total }, (_, i) => {
      const id = uuidv7();
      return {
        id,
        type: CampaignLaunched.type,
        version: 1,
        occurredAt: new Date().toISOString(),
        producer: 'outreach',
        subject: `batch-${i}`,
        correlationId: id,
        causationId: null,
        actor: 'system',
        data: { campaignId: `batch-${i}`, name: `Batch ${i}`, office: i % 3 === 0 ? 'BE' : 'DE' },
      };
    });
    const env = {
      KAFKA_TOPIC_PREFIX: `${prefix}kill.`,
      DATABASE_PREFIX: `${process.env.DATABASE_PREFIX}kill_`,
    };
    await publishRaw(
      `${env.KAFKA_TOPIC_PREFIX}${CampaignLaunched.topic}`,
      events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    );
    const expected = {
      BE: events.filter((e) => (e.data as { office: string }).office === 'BE').length,
      DE: 0,
    };
    expected.DE = total - expected.BE;

    const reporting = await start('reporting', env);
    await showingLogs(
      eventually(
        async () => {
          const now = await figures(reporting);
          expect(now.BE + now.DE).toBeGreaterThan(20);
        },
        60_000,
        50,
      ),
      reporting,
    );
    await reporting.kill('SIGKILL');
    const atKill = await mongo.db(`${env.DATABASE_PREFIX}reporting`).collection('inbox').countDocuments();
    expect(atKill).toBeLessThan(total); // killed mid-batch, not after

    const restarted = await start('reporting', env);
    await showingLogs(
      eventually(async () => expect(await figures(restarted)).toEqual(expected), 90_000, 500),
      restarted,
    );
    await sleep(2_000);
    expect(await figures(restarted)).toEqual(expected);
  }, 180_000);

  it('accepts commands while the broker is down and delivers their events once it is back', async () => {
    // This test's own broker, so that stopping it leaves the other test files alone.
    const dir = mkdtempSync(join(tmpdir(), 'ikiraro-outage-'));
    const [port, controllerPort] = await freePorts(2);
    const kafka = { dir, port, controllerPort };
    const brokers = await startKafka(kafka, () => undefined, '384m');
    try {
      const env = { KAFKA_BROKERS: brokers, DATABASE_PREFIX: `${process.env.DATABASE_PREFIX}outage_` };
      const outreach = await start('outreach', env);
      const reporting = await start('reporting', env);
      await eventually(async () => expect((await fetch(`${reporting.url}/health/ready`)).status).toBe(200));

      await stopKafka(dir);
      const outageMs = Number(process.env.BROKER_OUTAGE_MS ?? 30_000);
      const started = Date.now();
      let accepted = 0;
      while (Date.now() - started < outageMs) {
        await launchCampaign(outreach, `During outage ${accepted}`, 'BE');
        accepted++;
        await sleep(1_000);
      }
      expect((await fetch(`${reporting.url}/health/ready`)).status).toBe(503);

      await startKafka(kafka, () => undefined, '384m');
      await showingLogs(
        eventually(
          async () => expect(await figures(reporting)).toEqual({ BE: accepted, DE: 0 }),
          90_000,
          500,
        ),
        outreach,
        reporting,
      );
      await sleep(2_000);
      expect(await figures(reporting)).toEqual({ BE: accepted, DE: 0 });
    } finally {
      await stopKafka(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

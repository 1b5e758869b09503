import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventEnvelope } from '@ikiraro/contracts';
import {
  type AggregateStore,
  type DeadLetter,
  InvalidEventError,
  type KafkaConnection,
} from '@ikiraro/messaging';
import { eventually, probeTopic, publishRaw, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { Kafka, logLevel } from 'kafkajs';

// Fast retries for this file: set before the app module reads its settings.
process.env.EVENT_HANDLER_ATTEMPTS = '3';
process.env.EVENT_RETRY_INITIAL_MS = '50';
const { EntryRecorded, LedgerModule, faults } = await import('./ledger.app.ts');
const {
  AggregateStore: Store,
  KafkaConnection: Connection,
  readDeadLetters,
  replayDeadLetter,
} = await import('@ikiraro/messaging');

const prefix = process.env.KAFKA_TOPIC_PREFIX!;
const kafka = new Kafka({ brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });

describe('event backbone: delivery guarantees', () => {
  let ledger: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const topic = `${prefix}${EntryRecorded.topic}`;
  const total = async (id: string) =>
    (await ledger.request('GET', `/totals/${id}`)).body as { sum: number; count: number };
  const envelope = (id: string, data: object): EventEnvelope => ({
    id,
    type: EntryRecorded.type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'ledger',
    subject: 'raw',
    correlationId: id,
    causationId: null,
    actor: 'system',
    data,
  });

  beforeAll(async () => {
    ledger = await startService(LedgerModule);
    probe = await probeTopic(topic);
  });
  afterAll(async () => {
    await probe.stop();
    await ledger.close();
  });

  it('keeps every event of many concurrent commands on one aggregate, once each, in order', async () => {
    const commands = 40;
    const responses = await Promise.all(
      Array.from({ length: commands }, (_, i) =>
        ledger.request('POST', '/ledgers/busy/entries', { amount: 1, note: `n${i}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(commands).fill(201));
    const events = await eventually(async () => {
      const mine = probe.events.filter((e) => e.subject === 'busy');
      expect(mine).toHaveLength(commands);
      return mine;
    });
    expect(new Set(events.map((e) => e.id)).size).toBe(commands);
    expect(new Set(events.map((e) => (e.data as { note: string }).note)).size).toBe(commands);
    // Commit order is event order: UUIDv7 ids grow with time, and the relay publishes by version.
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort());
    expect(
      (await ledger.request('POST', '/ledgers/busy/entries', { amount: 0, note: 'last' })).body,
    ).toMatchObject({
      version: commands + 1,
      balance: commands,
    });
    await eventually(async () => expect(await total('busy')).toEqual({ sum: commands, count: commands + 1 }));
  });

  it('lets changes of one aggregate made side by side in one process take turns, none refused', async () => {
    // A counter fed by many subjects at once (reporting's figures of an office). One attempt each: a change that
    // had to race the others for its version would be refused.
    const counter = ledger.app.get<AggregateStore>(Store).of<{ balance: number }>('ledger');
    const changes = await Promise.all(
      Array.from({ length: 30 }, () =>
        counter.change('hot', (current) => ({ state: { balance: (current?.state.balance ?? 0) + 1 }, events: [] }), 1),
      ),
    );
    expect(changes.map((c) => c.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    expect((await counter.load('hot'))?.state).toEqual({ balance: 30 });
  });

  it('applies an event delivered twice only once', async () => {
    const e = envelope('01900000-0000-7000-8000-000000000001', { ledgerId: 'twice', amount: 5, note: 'dup' });
    await publishRaw(topic, [
      { key: 'twice', value: JSON.stringify(e) },
      { key: 'twice', value: JSON.stringify(e) },
    ]);
    await publishRaw(topic, [{ key: 'twice', value: JSON.stringify(e) }]);
    const marker = envelope('01900000-0000-7000-8000-000000000002', {
      ledgerId: 'twice',
      amount: 1,
      note: 'after',
    });
    await publishRaw(topic, [{ key: 'twice', value: JSON.stringify(marker) }]);
    await eventually(async () => expect(await total('twice')).toEqual({ sum: 6, count: 2 }));
  });

  it('refuses at publish an event that breaks its schema, and writes nothing', async () => {
    const store = ledger.app.get<AggregateStore>(Store);
    const attempt = store.of<{ balance: number }>('ledger').change('strict', () => ({
      state: { balance: 1 },
      events: [{ contract: EntryRecorded, data: { ledgerId: 'strict', amount: 1.5, note: '' } }],
    }));
    await expect(attempt).rejects.toBeInstanceOf(InvalidEventError);
    expect(await store.of('ledger').load('strict')).toBeNull();
  });

  it('dead-letters a poison event after bounded retries, keeps the partition flowing, and replays it once fixed', async () => {
    faults.calls = 0;
    await ledger.request('POST', '/ledgers/p/entries', { amount: 100, note: 'poison' });
    await ledger.request('POST', '/ledgers/p/entries', { amount: 1, note: 'fine' });
    // The later event on the same aggregate (same partition) is handled although the poison one failed.
    await eventually(async () => expect(await total('p')).toEqual({ sum: 1, count: 1 }));
    const connection = ledger.app.get<KafkaConnection>(Connection);
    const letter = await eventually(async () => {
      const { letters } = await readDeadLetters(kafka, prefix, 'ledger');
      const found = letters.find((l) => JSON.parse(l.value).data.ledgerId === 'p');
      expect(found).toBeDefined();
      return found as DeadLetter;
    });
    expect(letter).toMatchObject({ reason: 'handler.failed', attempts: 3, group: connection.groupId });
    expect(letter.error.message).toContain('cannot handle poison');
    expect(faults.calls).toBe(4); // three attempts at the poison event, one at the next

    faults.poisonFixed = true;
    await replayDeadLetter(kafka, prefix, 'ledger', letter.id);
    await eventually(async () => expect(await total('p')).toEqual({ sum: 101, count: 2 }));
    await expect(replayDeadLetter(kafka, prefix, 'ledger', letter.id)).rejects.toThrow(/replayed already/);
    expect(await total('p')).toEqual({ sum: 101, count: 2 });
  });

  it('dead-letters what is not an event of ours, naming why, and moves on', async () => {
    await publishRaw(topic, [
      { key: 'bad', value: 'not json' },
      { key: 'bad', value: JSON.stringify({ hello: 'world' }) },
      {
        key: 'bad',
        value: JSON.stringify(
          envelope('01900000-0000-7000-8000-000000000003', { ledgerId: 'bad', amount: 'ten' }),
        ),
      },
      {
        key: 'bad',
        value: JSON.stringify(
          envelope('01900000-0000-7000-8000-000000000004', { ledgerId: 'bad', amount: 10, note: 'ok' }),
        ),
      },
    ]);
    await eventually(async () => expect(await total('bad')).toEqual({ sum: 10, count: 1 }));
    const { letters } = await eventually(async () => {
      const read = await readDeadLetters(kafka, prefix, 'ledger');
      expect(read.letters.filter((l) => l.source.key === 'bad')).toHaveLength(3);
      return read;
    });
    expect(letters.filter((l) => l.source.key === 'bad').map((l) => l.reason)).toEqual([
      'envelope.unparseable',
      'envelope.invalid',
      'payload.invalid',
    ]);
  });

  it('carries correlation id and trace context from the request to the event', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await fetch(`${ledger.url}/ledgers/traced/entries`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-correlation-id': 'corr-123',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({ amount: 1, note: 'traced' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-correlation-id')).toBe('corr-123');
    const e = await eventually(async () => {
      const found = probe.events.find((x) => x.subject === 'traced');
      expect(found).toBeDefined();
      return found!;
    });
    expect(e).toMatchObject({ correlationId: 'corr-123', causationId: null });
    expect(probe.headers.get(e.id)?.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });
});

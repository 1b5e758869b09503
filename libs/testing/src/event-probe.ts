import { randomBytes } from 'node:crypto';
import type { EventContract, EventEnvelope } from '@ikiraro/contracts';
import { createMissingTopics } from '@ikiraro/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { openEvent, sealData } from './personal-data.ts';

const client = (clientId: string) =>
  new Kafka({ clientId, brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });

/** Creates `topic` if it does not exist yet (a test may read or write before the owning service starts). */
export async function ensureTopic(topic: string) {
  const admin = client('test-admin').admin();
  await admin.connect();
  try {
    await createMissingTopics(admin, [{ topic, numPartitions: 3 }]);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads every event on `topic` (or each of several) from the beginning, with a group of its own, into `events` (personal fields
 * opened, as an entitled consumer reads them) and `raw` (as they travel: sealed).
 */
export async function probeTopic(topic: string | string[]) {
  const topics = typeof topic === 'string' ? [topic] : topic;
  for (const t of topics) await ensureTopic(t);
  const consumer = client('test-probe').consumer({ groupId: `probe-${randomBytes(4).toString('hex')}` });
  const events: EventEnvelope[] = [];
  const raw: EventEnvelope[] = [];
  /** Kafka headers of each event, by event id. */
  const headers = new Map<string, Record<string, string>>();
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      let event: EventEnvelope;
      try {
        event = JSON.parse(message.value!.toString()) as EventEnvelope;
      } catch {
        return; // tests also put broken messages on topics; the probe only collects events
      }
      raw.push(event);
      events.push(await openEvent(event).catch(() => event));
      headers.set(
        event.id,
        Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
      );
    },
  });
  return { events, raw, headers, stop: () => consumer.disconnect() };
}

/** Publishes raw messages, as another service (or a broken one) would. */
export async function publishRaw(topic: string, messages: { key: string; value: string }[]) {
  await ensureTopic(topic);
  const producer = client('test-publisher').producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

/** A valid envelope of `contract` about `subject`, as its producer would make it. */
export const envelopeOf = <T extends object>(
  contract: Pick<EventContract, 'type' | 'version' | 'producer'>,
  subject: string,
  data: T,
): EventEnvelope<T> => ({
  id: uuidv7(),
  type: contract.type,
  version: contract.version,
  occurredAt: new Date().toISOString(),
  producer: contract.producer,
  subject,
  correlationId: uuidv7(),
  causationId: null,
  actor: 'system',
  data,
});

/**
 * Publishes events of `contract` on its topic (with the run's prefix), keyed by their subjects, their personal
 * fields sealed as the producer would.
 */
export async function publishEvents<T extends object>(
  contract: Pick<EventContract, 'type' | 'version' | 'producer' | 'topic'>,
  items: { subject: string; data: T }[],
): Promise<EventEnvelope<T>[]> {
  const events = await Promise.all(
    items.map(async ({ subject, data }) => envelopeOf(contract, subject, await sealData(contract, data))),
  );
  await publishRaw(
    `${process.env.KAFKA_TOPIC_PREFIX ?? ''}${contract.topic}`,
    events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
  );
  return events;
}

/** The same event again, as a redelivery brings it: same id, same key. */
export const redeliver = (contract: Pick<EventContract, 'topic'>, event: EventEnvelope) =>
  publishRaw(`${process.env.KAFKA_TOPIC_PREFIX ?? ''}${contract.topic}`, [
    { key: event.subject, value: JSON.stringify(event) },
  ]);

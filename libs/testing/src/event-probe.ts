import { randomBytes } from 'node:crypto';
import type { EventEnvelope } from '@ikiraro/contracts';
import { Kafka, logLevel } from 'kafkajs';

/** Reads every event on `topic` from the beginning, with a group of its own, into `events`. */
export async function probeTopic(topic: string) {
  const kafka = new Kafka({
    clientId: 'test-probe',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `probe-${randomBytes(4).toString('hex')}` });
  const events: EventEnvelope[] = [];
  /** Kafka headers of each event, by event id. */
  const headers = new Map<string, Record<string, string>>();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      let event: EventEnvelope;
      try {
        event = JSON.parse(message.value!.toString()) as EventEnvelope;
      } catch {
        return; // tests also put broken messages on topics; the probe only collects events
      }
      events.push(event);
      headers.set(event.id, Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])));
    },
  });
  return { events, headers, stop: () => consumer.disconnect() };
}

/** Publishes raw messages, as another service (or a broken one) would. */
export async function publishRaw(topic: string, messages: { key: string; value: string }[]) {
  const kafka = new Kafka({
    clientId: 'test-publisher',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

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
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      events.push(JSON.parse(message.value!.toString()) as EventEnvelope);
    },
  });
  return { events, stop: () => consumer.disconnect() };
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

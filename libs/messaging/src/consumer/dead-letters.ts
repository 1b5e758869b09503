import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { type DeadLetter, deadLetterTopic, REPLAY_FOR_HEADER, type ReplayMark } from './dead-letter.ts';

/** Every dead letter of one service's consumer group, oldest first, with the ids already replayed. */
export async function readDeadLetters(kafka: Kafka, topicPrefix: string, service: string) {
  const topic = deadLetterTopic(topicPrefix, service);
  const admin = kafka.admin();
  await admin.connect();
  const exists = (await admin.listTopics()).includes(topic);
  const ends = exists ? await admin.fetchTopicOffsets(topic) : [];
  await admin.disconnect();
  const letters: DeadLetter[] = [];
  const replayed = new Set<string>();
  const pending = new Set(ends.filter((p) => p.high !== p.low).map((p) => p.partition));
  if (pending.size === 0) return { letters, replayed };

  // A throwaway group reads the topic from the beginning up to the end it has now, then leaves.
  const consumer = kafka.consumer({ groupId: `dead-letters-${randomBytes(6).toString('hex')}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const entry = JSON.parse(message.value!.toString()) as DeadLetter | ReplayMark;
          if (entry.kind === 'dead-letter') letters.push(entry);
          else replayed.add(entry.id);
          const high = ends.find((p) => p.partition === partition)!.high;
          if (BigInt(message.offset) + 1n >= BigInt(high)) pending.delete(partition);
          if (pending.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  letters.sort((a, b) => a.failedAt.localeCompare(b.failedAt));
  return { letters, replayed };
}

/**
 * Sends a dead letter's message back to its source topic, for its consumer group only, and marks it replayed.
 * The consumer handles it like any message: validation, inbox, retries, dead letter again if still failing.
 */
export async function replayDeadLetter(
  kafka: Kafka,
  topicPrefix: string,
  service: string,
  id: string,
): Promise<DeadLetter> {
  const { letters, replayed } = await readDeadLetters(kafka, topicPrefix, service);
  const letter = letters.find((l) => l.id === id);
  if (!letter) throw new Error(`no dead letter ${id} for ${service}`);
  if (replayed.has(id)) throw new Error(`dead letter ${id} was replayed already`);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.send({
      topic: letter.source.topic,
      acks: -1,
      messages: [
        {
          key: letter.source.key,
          value: letter.value,
          headers: { ...letter.source.headers, [REPLAY_FOR_HEADER]: letter.group },
        },
      ],
    });
    const mark: ReplayMark = { kind: 'replayed', id, replayedAt: new Date().toISOString() };
    await producer.send({
      topic: deadLetterTopic(topicPrefix, service),
      acks: -1,
      messages: [{ key: id, value: JSON.stringify(mark) }],
    });
  } finally {
    await producer.disconnect();
  }
  return letter;
}

import type { KafkaConnection } from '../kafka.connection.ts';
import type { OutboxRecord } from './outbox.record.ts';

/**
 * Sends the events of changes to Kafka in one batch, acknowledged by all in-sync replicas, each keyed by its
 * subject (one subject's events stay on one partition, in order) and carrying its trace and type as headers.
 */
export async function publishEvents(kafka: KafkaConnection, records: readonly OutboxRecord[]): Promise<void> {
  const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
  for (const record of records) {
    for (const { topic, envelope, traceparent } of record.events) {
      const messages = byTopic.get(topic) ?? byTopic.set(topic, []).get(topic)!;
      messages.push({
        key: envelope.subject,
        value: JSON.stringify(envelope),
        headers: { traceparent, 'event-type': envelope.type, 'event-id': envelope.id },
      });
    }
  }
  if (byTopic.size === 0) return;
  const producer = await kafka.producer();
  await producer.sendBatch({
    acks: -1,
    topicMessages: [...byTopic].map(([topic, messages]) => ({ topic: kafka.topicOf({ topic }), messages })),
  });
}

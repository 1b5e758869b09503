import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { EventContract } from '@ikiraro/contracts';
import { type Admin, type ITopicConfig, Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options.ts';

/** The service's one Kafka client: topic names, topic creation, the shared producer, health. */
@Injectable()
export class KafkaConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Kafka');
  readonly kafka: Kafka;
  private producerReady?: Promise<Producer>;

  constructor(@Inject(MESSAGING_OPTIONS) readonly options: MessagingOptions) {
    this.kafka = new Kafka({
      clientId: options.service,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: () => (entry) => this.logger.warn(`${entry.log.message} ${entry.log.error ?? ''}`.trim()),
    });
  }

  topicOf(contract: Pick<EventContract, 'topic'>): string {
    return `${this.options.topicPrefix}${contract.topic}`;
  }

  get groupId(): string {
    return `${this.options.topicPrefix}${this.options.service}`;
  }

  private retentionOf(topic: string): number {
    const days = topic.includes('ikiraro.dead-letters.')
      ? 2 * this.options.retentionDays
      : this.options.retentionDays;
    return days * 24 * 3_600_000;
  }

  /** Creates the topics that do not exist yet (topics are never auto-created). */
  async ensureTopics(topics: string[]): Promise<void> {
    if (topics.length === 0) return;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await createMissingTopics(
        admin,
        topics.map((topic) => ({
          topic,
          numPartitions: this.options.partitions,
          // Explicit, never the broker's default; dead letters outlive what they came from, to be replayed.
          configEntries: [{ name: 'retention.ms', value: String(this.retentionOf(topic)) }],
        })),
      );
    } finally {
      await admin.disconnect();
    }
  }

  /** Idempotent producer with acks from all in-sync replicas; connected on first use, again after a failure. */
  producer(): Promise<Producer> {
    this.producerReady ??= (async () => {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      return producer;
    })().catch((error: unknown) => {
      this.producerReady = undefined; // the broker may be back next time
      throw error;
    });
    return this.producerReady;
  }

  async healthy(): Promise<boolean> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      return (await admin.describeCluster()).brokers.length > 0;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.producerReady) await (await this.producerReady).disconnect();
  }
}

/**
 * Creates the topics that do not exist yet and waits until every partition has a leader. Another process may
 * create the same topic at the same moment ("already exists", or a retriable error), and a topic just created
 * may be missing from metadata answers for a moment ("does not host this topic-partition"): both tolerated.
 */
export async function createMissingTopics(admin: Admin, topics: ITopicConfig[]): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter(
    (t, i) => !existing.has(t.topic) && topics.findIndex((o) => o.topic === t.topic) === i,
  );
  if (missing.length === 0) return;
  await admin
    .createTopics({ waitForLeaders: false, topics: missing })
    .catch((error: { type?: string; retriable?: boolean }) => {
      if (error.type !== 'TOPIC_ALREADY_EXISTS' && !error.retriable) throw error;
    });
  const names = missing.map((t) => t.topic);
  for (let attempt = 0; ; attempt++) {
    const ready = await admin
      .fetchTopicMetadata({ topics: names })
      .then((m) => m.topics.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))
      .catch(() => false);
    if (ready) return;
    if (attempt >= 50) throw new Error(`topics ${names.join(', ')} have no leaders after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

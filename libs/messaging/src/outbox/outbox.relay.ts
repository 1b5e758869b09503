import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { KafkaConnection } from '../kafka.connection.ts';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.ts';
import { outboxOf, type OutboxRecord } from './outbox.record.ts';

const batchSize = 500;
const idlePollMs = 1_000;

/**
 * Publishes pending outbox records in commit order (so each aggregate's events keep their order on its
 * partition), then marks them published and writes each aggregate's latest state to its projection.
 * A crash after publishing and before marking means a re-publish, which consumers' inboxes absorb; a failed
 * publish is retried with backoff, for as long as it takes.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private wake?: () => void;
  private stopped?: Promise<void>;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly kafka: KafkaConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onApplicationBootstrap() {
    if (!this.options.relay) return;
    this.running = true;
    this.stopped = this.loop();
  }

  async onApplicationShutdown() {
    this.running = false;
    this.wake?.();
    await this.stopped;
  }

  /** A commit happened: publish now rather than at the next poll. */
  kick() {
    this.wake?.();
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const published = await this.pass();
        failures = 0;
        if (published < batchSize) await this.idle(idlePollMs);
      } catch (error) {
        failures++;
        const delay = Math.min(10_000, 100 * 2 ** Math.min(failures, 7));
        this.logger.warn(
          `publishing failed (${failures} in a row), retrying in ${delay} ms: ${String(error)}`,
        );
        await this.idle(delay);
      }
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** One batch; returns how many records it published. */
  async pass(): Promise<number> {
    const outbox = outboxOf(this.connection.db!);
    const records = await outbox
      .find({ published: false })
      .sort({ committedAt: 1, version: 1 })
      .limit(batchSize)
      .toArray();
    if (records.length === 0) return 0;
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
    const producer = await this.kafka.producer();
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({
        topic: this.kafka.topicOf({ topic }),
        messages,
      })),
    });
    await outbox.bulkWrite(
      records.map((r) => ({ updateOne: { filter: { _id: r._id }, update: { $set: { published: true } } } })),
      { ordered: false },
    );
    await this.project(records);
    return records.length;
  }

  /** The latest state of each aggregate in the batch, for queries; the relay is its only writer. */
  private async project(records: OutboxRecord[]) {
    const latest = new Map<string, OutboxRecord>();
    for (const r of records)
      if (this.options.projections[r.aggregate]) latest.set(`${r.aggregate}:${r.aggregateId}`, r);
    for (const r of latest.values()) {
      const collection = this.connection.db!.collection<{ _id: string; version: number }>(
        this.options.projections[r.aggregate],
      );
      const current = await collection.findOne({ _id: r.aggregateId }, { projection: { version: 1 } });
      if (current && current.version >= r.version) continue;
      await collection.replaceOne(
        { _id: r.aggregateId },
        { ...(r.state as object), version: r.version },
        { upsert: true },
      );
    }
  }
}

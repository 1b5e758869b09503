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
import { collections, type OutboxRecord } from './outbox.record.ts';
import type { Collection } from 'mongodb';

const batchSize = 500;
/** A mark whose change never appeared: its writer failed between the two inserts. */
const abandonedAfterMs = 60_000;
const idlePollMs = 1_000;

/**
 * Publishes pending changes in commit order (so each aggregate's events keep their order on its partition),
 * deletes their pending marks, then moves each aggregate's projection to its latest version.
 * A crash after publishing and before marking means a re-publish, which consumers' inboxes absorb; a failed
 * publish is retried with backoff, for as long as it takes.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private kicked = false;
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
    this.kicked = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const published = await this.pass();
        failures = 0;
        if (published < batchSize && !this.kicked) await this.idle(idlePollMs);
        this.kicked = false;
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

  /** One batch; returns how many changes it published. */
  async pass(): Promise<number> {
    const { outbox, pending } = collections(this.connection.db!);
    const marks = await pending.find({}).sort({ at: 1, version: 1 }).limit(batchSize).toArray();
    if (marks.length === 0) return 0;
    const found = await Promise.all(marks.map((m) => outbox.findOne({ _id: m.change })));
    const records: OutboxRecord[] = [];
    const dropped: string[] = [];
    const held = new Set<string>(); // aggregates with a change still being written: keep their order
    marks.forEach((mark, i) => {
      const record = found[i];
      const aggregate = mark.change.slice(0, mark.change.lastIndexOf(':'));
      if (record && record.mark !== mark._id)
        dropped.push(mark._id); // a writer that lost this version
      else if (record && !held.has(aggregate)) records.push(record);
      else if (!record && Date.now() - mark.at.getTime() > abandonedAfterMs) dropped.push(mark._id);
      else held.add(aggregate);
    });
    if (records.length > 0) await this.publish(records);
    const done = [...records.map((r) => r.mark), ...dropped];
    // One deleteMany, not one deleteOne per mark: FerretDB reads the whole collection for either.
    if (done.length > 0) await pending.deleteMany({ _id: { $in: done } });
    for (const [aggregate, collection] of Object.entries(this.options.projections)) {
      await this.project(
        records.filter((r) => r.aggregate === aggregate),
        this.connection.db!.collection<{ _id: string; version: number }>(collection),
      );
    }
    return records.length;
  }

  private async publish(records: OutboxRecord[]) {
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
    const producer = await this.kafka.producer();
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({
        topic: this.kafka.topicOf({ topic }),
        messages,
      })),
    });
  }

  /**
   * Moves each aggregate's projection to the newest version in the batch. The relay is its only writer, so a
   * read-then-write is safe. A new document is an insert: FerretDB replaces by reading the whole collection.
   */
  private async project(records: OutboxRecord[], collection: Collection<{ _id: string; version: number }>) {
    const newest = new Map<string, OutboxRecord>();
    for (const r of records) newest.set(r.aggregateId, r);
    if (newest.size === 0) return;
    // One read for the whole batch: on FerretDB a lookup of a missing `_id` reads the whole collection, so one
    // `$in` (also a full read there, but once) beats a lookup per new aggregate (a bulk import creates thousands).
    const current = new Map(
      (
        await collection.find({ _id: { $in: [...newest.keys()] } }, { projection: { version: 1 } }).toArray()
      ).map((d) => [d._id, d.version]),
    );
    const created = [...newest].filter(([_id]) => !current.has(_id));
    if (created.length > 0) {
      await collection.insertMany(
        created.map(([_id, r]) => ({ ...(r.state as object), _id, version: r.version })),
        { ordered: false },
      );
    }
    for (const [_id, r] of newest) {
      const version = current.get(_id);
      if (version !== undefined && version < r.version) {
        await collection.replaceOne({ _id }, { ...(r.state as object), version: r.version });
      }
    }
  }
}

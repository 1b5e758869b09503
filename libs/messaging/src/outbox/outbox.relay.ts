import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { inParallel } from '@ikiraro/persistence';
import type { Collection, Db } from 'mongodb';
import type { Connection } from 'mongoose';
import { KafkaConnection } from '../kafka.connection.ts';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.ts';
import { publishEvents } from './event-publisher.ts';
import { fence } from './fence.ts';
import { collections, type OutboxRecord, type PendingMark } from './outbox.record.ts';
import { chunksByAggregate } from './pending-chunks.ts';
import { Projector } from './projector.ts';
import { RelayLease } from './relay-lease.ts';

/** Changes settled per step: one Kafka batch and one projection write (the marks go once per pass). */
const chunkSize = 1_000;
/**
 * A mark whose change this relay has not seen for this long is fenced: its writer failed, or is so slow that it
 * writes again under a new mark. Only how long a dead writer's aggregate waits hangs on it, never correctness.
 */
const fenceAfterMs = 10_000;
/** Idle polls: the active relay is woken at once by this process's own commits, not by other replicas'. */
const activePollMs = 100;
const standbyPollMs = 1_000;
/** Parallel key lookups: FerretDB leaves `_id` equality to PostgreSQL (a scan there); `$in` it reads itself. */
const lookupsInFlight = 32;
/** Most changes kept in memory between their commit and their publication (beyond, they are looked up). */
const maxRemembered = 50_000;

/**
 * Publishes each aggregate's changes in version order (its events keep their order on its partition), writes
 * each aggregate's projection, and only then deletes their pending marks: a crash or failure anywhere means
 * the work is done again (consumers' inboxes absorb a re-publish), never that it is lost. One relay is active
 * per service at a time (`RelayLease`); the others stand by and take over within seconds of its death.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private kicked = false;
  private wake?: () => void;
  private stopped?: Promise<void>;
  private lease?: RelayLease;
  /** Changes written by this process and not settled yet, by mark. */
  private readonly written = new Map<string, OutboxRecord>();
  /** Marks whose changes this process is writing right now: no use looking them up. */
  private readonly writing = new Set<string>();
  /** When each missing mark's change was last looked up, so that it is not looked up again at every pass. */
  private readonly lookedUpAt = new Map<string, number>();
  /** When this relay first saw each mark whose change was missing (its own clock, never the writer's). */
  private readonly missingSince = new Map<string, number>();
  private readonly projector: Projector;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly kafka: KafkaConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.projector = new Projector(() => this.db, options.projections);
  }

  onApplicationBootstrap() {
    if (!this.options.relay) return;
    this.lease = RelayLease.of(this.db);
    this.running = true;
    this.stopped = this.loop();
  }

  async onApplicationShutdown() {
    this.running = false;
    this.wake?.();
    await this.stopped;
    await this.lease?.release().catch(() => undefined);
  }

  /**
   * Changes this process has just written, for certain (their inserts succeeded): publish now rather than at the
   * next poll, without reading them back. A lookup is a scan of the whole outbox on FerretDB; the pending marks
   * stay the truth, and changes written by other replicas, or before a restart, are looked up.
   */
  committed(records: readonly OutboxRecord[]) {
    if (this.lease?.held && this.written.size + records.length <= maxRemembered)
      for (const r of records) this.written.set(r.mark, r);
    this.kicked = true;
    this.wake?.();
  }

  /** The writer of this process is writing (`true`) or has written (`false`) the changes of these marks. */
  inFlight(marks: readonly string[], writing: boolean) {
    for (const mark of marks)
      if (writing) this.writing.add(mark);
      else this.writing.delete(mark);
  }

  private get db(): Db {
    return this.connection.db!;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    let active = false;
    while (this.running) {
      try {
        const holding = await this.lease!.hold();
        if (holding !== active) this.logger.log(holding ? 'relaying (lease taken)' : 'standing by');
        active = holding;
        if (!holding) this.written.clear(); // another relay publishes them
        const settled = holding ? await this.pass() : 0;
        failures = 0;
        if (settled === 0 && !this.kicked) await this.idle(holding ? activePollMs : standbyPollMs);
        this.kicked = false;
      } catch (error) {
        failures++;
        const delay = Math.min(10_000, 100 * 2 ** Math.min(failures, 7));
        this.logger.warn(`relaying failed (${failures} in a row), retrying in ${delay} ms: ${String(error)}`);
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

  /**
   * Settles what is pending, a chunk at a time, while the lease is held; returns how many marks it settled.
   * All marks are read (a few fields each): an aggregate's versions must be seen together to keep their order,
   * and no writer's clock says which came first.
   */
  async pass(): Promise<number> {
    const { pending } = collections(this.db);
    const marks = await pending
      .find({}, { projection: { _id: 1, change: 1, version: 1, published: 1 } })
      .toArray();
    const ids = new Set(marks.map((m) => m._id));
    for (const seen of [this.missingSince, this.lookedUpAt])
      for (const id of seen.keys()) if (!ids.has(id)) seen.delete(id);
    const chunks = chunksByAggregate(marks, chunkSize);
    const done: string[] = [];
    const retry: string[] = [];
    try {
      for (const chunk of chunks) {
        if (!(await this.lease?.hold())) break; // renewed between chunks: a long pass keeps its lease
        const settled = await this.settle(chunk);
        done.push(...settled.done);
        retry.push(...settled.retry);
      }
    } finally {
      // Once per pass, however many chunks: FerretDB reads the whole collection for a delete by `$in`.
      if (done.length > 0) await pending.deleteMany({ _id: { $in: done } });
      for (const id of done) this.written.delete(id);
      // Published, projection not written: only the projection is tried again (the relay is the marks' writer).
      if (retry.length > 0) await pending.updateMany({ _id: { $in: retry } }, { $set: { published: true } });
    }
    return done.length;
  }

  /** One chunk of aggregates, each with its pending marks in version order. */
  private async settle(groups: PendingMark[][]): Promise<{ done: string[]; retry: string[] }> {
    const { outbox, fences } = collections(this.db);
    const records = new Map<string, OutboxRecord>();
    for (const mark of groups.flat()) {
      const record = this.written.get(mark._id);
      if (record) records.set(mark.change, record);
    }
    const now = Date.now();
    const unknown = groups
      .flat()
      .filter(
        (m) =>
          !records.has(m.change) && !this.writing.has(m._id) && now - (this.lookedUpAt.get(m._id) ?? 0) > 500,
      );
    for (const m of unknown) this.lookedUpAt.set(m._id, now);
    for (const [id, record] of await lookUp(outbox, [...new Set(unknown.map((m) => m.change))]))
      records.set(id, record);
    const ready: { mark: PendingMark; record: OutboxRecord }[] = [];
    const dropped: string[] = [];
    const unseen: PendingMark[] = [];
    for (const group of groups) {
      let waiting = false; // an earlier version is still being written: later ones wait for it
      for (const mark of group) {
        const record = records.get(mark.change);
        if (record && record.mark !== mark._id)
          dropped.push(mark._id); // a writer that lost this version
        else if (record && !waiting) ready.push({ mark, record });
        else if (!record) {
          waiting = true;
          const since =
            this.missingSince.get(mark._id) ?? this.missingSince.set(mark._id, Date.now()).get(mark._id)!;
          if (Date.now() - since > fenceAfterMs) unseen.push(mark);
        }
      }
    }
    for (const mark of unseen) {
      if (await fence(fences, mark)) {
        this.logger.warn(`fenced ${mark.change}: its writer stopped between its mark and its change`);
        dropped.push(mark._id);
      }
    }
    await publishEvents(
      this.kafka,
      ready.filter((r) => !r.mark.published).map((r) => r.record),
    );
    const failed = await this.projector.project(ready.map((r) => r.record));
    const done = [...dropped, ...ready.filter((r) => !failed.has(keyOf(r.record))).map((r) => r.mark._id)];
    const retry = ready
      .filter((r) => failed.has(keyOf(r.record)) && !r.mark.published)
      .map((r) => r.mark._id);
    return { done, retry };
  }
}

const keyOf = (r: OutboxRecord) => `${r.aggregate}:${r.aggregateId}`;

/** Outbox records by `_id`, by parallel key lookups. */
async function lookUp(outbox: Collection<OutboxRecord>, ids: string[]): Promise<Map<string, OutboxRecord>> {
  const found = new Map<string, OutboxRecord>();
  await inParallel(ids, lookupsInFlight, async (_id) => {
    const record = await outbox.findOne({ _id });
    if (record) found.set(_id, record);
  });
  return found;
}

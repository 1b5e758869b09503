import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { EventContract, EventEnvelope } from '@ikiraro/contracts';
import { childTraceParent, messageContext } from '@ikiraro/observability';
import { inParallel } from '@ikiraro/persistence';
import type { Connection } from 'mongoose';
import { setTimeout as sleep } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.ts';
import { PersonalData } from '../privacy/personal-data.ts';
import { validatePayload } from '../validate-payload.ts';
import { collections, createOutboxIndexes, type OutboxRecord } from './outbox.record.ts';
import { lastOf } from './last-of.ts';
import { OutboxRelay } from './outbox.relay.ts';
import { type Outcome, OutboxWriter } from './outbox.writer.ts';

/** Up to this many aggregates, `loadMany` looks each one up; beyond, it reads in bulk. */
const fewAggregates = 50;

/** An event to record with a state change: `event(CampaignLaunched, { … })`. */
export interface PendingEvent<T extends object = object> {
  contract: EventContract<T>;
  data: T;
}

export const event = <T extends object>(contract: EventContract<T>, data: T): PendingEvent<T> => ({
  contract,
  data,
});

export interface Versioned<S> {
  id: string;
  version: number;
  state: S;
}

export interface Decision<S> {
  state: S;
  events: PendingEvent[];
}

/** Thrown by `create` when the aggregate exists, and by `update` when it does not. */
export class AggregateConflictError extends Error {}
export class AggregateNotFoundError extends Error {}

/**
 * Stores aggregates as insert-only versions that carry their events (the outbox); the relay publishes them.
 * Concurrent commands on one aggregate serialise on the unique version key: the loser reloads and decides again.
 */
@Injectable()
export class AggregateStore implements OnModuleInit {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    relay: OutboxRelay,
    private readonly personal: PersonalData,
  ) {
    this.writer = new OutboxWriter(() => this.connection.db!, relay);
  }

  private readonly writer: OutboxWriter;

  async onModuleInit() {
    await createOutboxIndexes(this.connection.db!);
  }

  of<S extends object>(aggregate: string): Aggregate<S> {
    return new Aggregate<S>(aggregate, this);
  }

  /** Latest version seen per aggregate in this process: a hint where to start looking, never trusted alone. */
  private readonly seen = new Map<string, number>();

  /**
   * The latest version, by key lookups only (cheap on every store). Versions are contiguous — each is inserted
   * as the one after the latest — so it steps forward from this process's last sight, or searches from 1.
   */
  async latest<S>(aggregate: string, id: string): Promise<Versioned<S> | null> {
    const { outbox } = collections(this.connection.db!);
    const key = `${aggregate}:${id}`;
    const seen = this.seen.get(key);
    const record = await lastOf((v) => outbox.findOne({ _id: `${key}:${v}` }), seen ?? 1, seen !== undefined);
    if (!record) return null;
    this.remember(key, record.version);
    return { id, version: record.version, state: await this.open<S>(aggregate, id, record.state as S) };
  }

  /**
   * A stored state (a version, or a projection's document) with its personal fields opened; for an erased
   * person they are null (ADR 10).
   */
  async open<S>(aggregate: string, id: string, state: S): Promise<S> {
    const personal = this.options.personal[aggregate];
    if (!personal) return state;
    return (await this.personal.open(personal.person(state, id), state, personal.fields)).value;
  }

  /** `open` for many stored states (a projection read for a list), their keys read together. */
  async openMany<S extends { _id: string }>(aggregate: string, docs: readonly S[]): Promise<S[]> {
    const personal = this.options.personal[aggregate];
    if (!personal) return [...docs];
    const items = docs.map((value) => ({ person: personal.person(value, value._id), value }));
    return this.personal.openMany(items, personal.fields);
  }

  private async sealed<S>(aggregate: string, id: string, state: S): Promise<S> {
    const personal = this.options.personal[aggregate];
    return personal ? this.personal.seal(personal.person(state, id), state, personal.fields) : state;
  }

  /**
   * The latest versions of many aggregates (bulk imports), in a few queries whatever their number, where
   * `latest` one by one would cost each a few lookups (a lookup scans the whole outbox on FerretDB). With a
   * projection, the pending marks are read first, then the whole projection: a mark goes only once its
   * projection is written, so an aggregate with no mark is exactly as projected, and one absent from both does
   * not exist. Only aggregates with a change in flight are looked up in the outbox. Aggregates that do not exist
   * are absent from the map.
   */
  async latestMany<S>(aggregate: string, ids: readonly string[]): Promise<Map<string, Versioned<S>>> {
    const db = this.connection.db!;
    const found = new Map<string, Versioned<S>>();
    let unsure = [...new Set(ids)];
    const from = new Map<string, number>();
    const projection = this.options.projections[aggregate];
    if (projection && unsure.length > fewAggregates) {
      const prefix = `${aggregate}:`;
      const marked = new Set(
        (
          await collections(db)
            .pending.find({}, { projection: { change: 1 } })
            .toArray()
        )
          .filter((m) => m.change.startsWith(prefix))
          .map((m) => m.change.slice(prefix.length, m.change.lastIndexOf(':'))),
      );
      const wanted = new Set(unsure);
      const exact: { _id: string; version: number }[] = [];
      for await (const doc of db.collection<{ _id: string; version: number }>(projection).find({})) {
        if (!wanted.has(doc._id)) continue;
        if (marked.has(doc._id))
          from.set(doc._id, doc.version); // the projection may lag, never lead
        else exact.push(doc);
      }
      const opened = await this.openMany(aggregate, exact);
      opened.forEach((doc, i) => {
        const { _id, version, ...state } = doc;
        found.set(exact[i]!._id, { id: _id, version, state: state as S });
      });
      unsure = unsure.filter((id) => marked.has(id));
    }
    if (unsure.length <= fewAggregates) {
      await inParallel(unsure, 16, async (id) => {
        const latest = await this.latest<S>(aggregate, id);
        if (latest) found.set(id, latest);
      });
    } else for (const [id, v] of await this.latestByKeys<S>(aggregate, unsure, from)) found.set(id, v);
    for (const [id, { version }] of found) this.remember(`${aggregate}:${id}`, version);
    return found;
  }

  /**
   * From the version each is known to have reached (`from`, else from 1), asks for the next version of all at
   * once until none has one: a few `$in` queries (each a read of the whole outbox on FerretDB) for any number.
   */
  private async latestByKeys<S>(aggregate: string, ids: readonly string[], from: Map<string, number>) {
    const { outbox } = collections(this.connection.db!);
    const found = new Map<string, Versioned<S>>();
    const key = (id: string, version: number) => `${aggregate}:${id}:${version}`;
    let keys = ids.map((id) => key(id, from.get(id) ?? 1));
    while (keys.length > 0) {
      const records = await outbox.find({ _id: { $in: keys } }).toArray();
      for (const r of records) {
        const state = await this.open(aggregate, r.aggregateId, r.state as S);
        found.set(r.aggregateId, { id: r.aggregateId, version: r.version, state });
      }
      keys = records.map((r) => key(r.aggregateId, r.version + 1));
    }
    return found;
  }

  private remember(key: string, version: number) {
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.set(key, version);
  }

  /**
   * Inserts version `version` with its events (written together with concurrent commands' changes).
   * 'conflict' when another writer got that version first; 'applied' when the consumed event in progress
   * already caused a change of this aggregate (redelivery).
   */
  async append<S>(aggregate: string, id: string, version: number, decision: Decision<S>): Promise<Outcome> {
    const record = await this.recordOf(aggregate, id, version, decision);
    const outcome = await this.writer.write(record);
    if (outcome === 'ok') this.remember(`${aggregate}:${id}`, version);
    return outcome;
  }

  private async recordOf<S>(aggregate: string, id: string, version: number, decision: Decision<S>) {
    const context = messageContext.current();
    const _id = `${aggregate}:${id}:${version}`;
    const record: OutboxRecord = {
      _id,
      aggregate,
      aggregateId: id,
      version,
      state: await this.sealed(aggregate, id, decision.state),
      events: await this.envelopesOf(id, decision.events),
      causationKey: context?.causationId ? `${context.causationId}:${aggregate}:${id}` : _id,
      committedAt: new Date(),
      mark: uuidv7(),
    };
    return record;
  }

  /** The outbox form of a change's events: validated, in envelopes that carry the current message context. */
  private envelopesOf(id: string, pending: PendingEvent[]): Promise<OutboxRecord['events']> {
    const context = messageContext.current();
    return Promise.all(
      pending.map(async ({ contract, data }) => {
        if (!this.options.publishes.includes(contract)) {
          throw new Error(`${this.options.service} does not list ${contract.type} in its publishes`);
        }
        await validatePayload(contract, data);
        const { personal } = contract;
        const envelope: EventEnvelope = {
          id: uuidv7(),
          type: contract.type,
          version: contract.version,
          occurredAt: new Date().toISOString(),
          producer: this.options.service,
          subject: id,
          correlationId: context?.correlationId ?? uuidv7(),
          causationId: context?.causationId ?? null,
          actor: context?.actor ?? 'system',
          data: personal
            ? await this.personal.seal(personal.person(data), data, personal.fields)
            : { ...data },
        };
        return { topic: contract.topic, traceparent: childTraceParent(context?.traceparent), envelope };
      }),
    );
  }

  /**
   * `append` for many aggregates at once (bulk imports): the same records and the same order — every pending
   * mark is inserted before any change — in two `insertMany({ ordered: false })` calls. The outcome of each
   * item is that of `append`; when some failed otherwise, the others stay written and the first error is thrown.
   */
  async appendMany<S>(
    aggregate: string,
    items: readonly { id: string; version: number; decision: Decision<S> }[],
  ): Promise<Outcome[]> {
    if (items.length === 0) return [];
    const records: OutboxRecord[] = [];
    for (const { id, version, decision } of items)
      records.push(await this.recordOf(aggregate, id, version, decision));
    const results = await this.writer.writeMany(records);
    records.forEach(
      (r, i) => results[i] === 'ok' && this.remember(`${aggregate}:${r.aggregateId}`, r.version),
    );
    const error = results.find((r) => r instanceof Error);
    if (error) throw error;
    return results as Outcome[];
  }
}

export class Aggregate<S extends object> {
  constructor(
    readonly name: string,
    private readonly store: AggregateStore,
  ) {}

  load(id: string): Promise<Versioned<S> | null> {
    return this.store.latest<S>(this.name, id);
  }

  /** The latest version of each of many aggregates (bulk reads); the ones that do not exist are absent. */
  loadMany(ids: readonly string[]): Promise<Map<string, Versioned<S>>> {
    return this.store.latestMany<S>(this.name, ids);
  }

  /** Version 1 of a new aggregate, with its events. */
  async create(id: string, state: S, events: PendingEvent[] = []): Promise<Versioned<S>> {
    const outcome = await this.store.append(this.name, id, 1, { state, events });
    if (outcome === 'conflict') throw new AggregateConflictError(`${this.name} ${id} exists already`);
    return outcome === 'ok' ? { id, version: 1, state } : (await this.load(id))!;
  }

  /**
   * Version 1 of many new aggregates in one bulk write (imports): for each item 'ok', or 'conflict' when it
   * exists already. Same records, events and guarantees as `create`, one by one.
   */
  async createMany(
    items: readonly { id: string; state: S; events?: PendingEvent[] }[],
  ): Promise<('ok' | 'conflict')[]> {
    const outcomes = await this.store.appendMany(
      this.name,
      items.map(({ id, state, events = [] }) => ({ id, version: 1, decision: { state, events } })),
    );
    // 'applied' (a redelivered event already created it) is, for the caller, an aggregate that exists.
    return outcomes.map((outcome) => (outcome === 'ok' ? 'ok' : 'conflict'));
  }

  /**
   * Decides the next version from the latest one and stores it; on a concurrent write, decides again from the
   * newer version. When a consumed event already caused this change (redelivery), changes nothing.
   */
  update(id: string, decide: (current: Versioned<S>) => Decision<S>): Promise<Versioned<S>> {
    return this.change(id, (current) => {
      if (!current) throw new AggregateNotFoundError(`no ${this.name} ${id}`);
      return decide(current);
    });
  }

  /** Like `update`, but `decide` also gets `null` for an aggregate that does not exist yet, and creates it. */
  async change(
    id: string,
    decide: (current: Versioned<S> | null) => Decision<S>,
    maxAttempts = 100,
  ): Promise<Versioned<S>> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const current = await this.load(id);
      const version = (current?.version ?? 0) + 1;
      const decision = decide(current);
      const outcome = await this.store.append(this.name, id, version, decision);
      if (outcome === 'ok') return { id, version, state: decision.state };
      if (outcome === 'applied') return (await this.load(id))!;
      await sleep(Math.random() * Math.min(50, attempt * 2));
    }
    throw new AggregateConflictError(`${this.name} ${id}: too many concurrent changes, try again`);
  }
}

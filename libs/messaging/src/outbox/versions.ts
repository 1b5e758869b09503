import type { Db } from 'mongodb';
import type { PersonalFields } from '../privacy/personal-fields.ts';
import type { ChangeRecords } from './change-records.ts';
import { lastOf } from './last-of.ts';
import { collections } from './outbox.record.ts';
import type { Outcome, OutboxWriter } from './outbox.writer.ts';
import type { Decision, Versioned } from './versioned.ts';

/**
 * Aggregates as insert-only, numbered versions in the outbox, one at a time: the latest one read by key
 * lookups, the next one inserted under its key (the one atomic step FerretDB gives, ADR 5), so concurrent
 * writers of one aggregate serialise on it.
 */
export class Versions {
  /** Latest version seen per aggregate in this process: a hint where to start looking, never trusted alone. */
  private readonly seen = new Map<string, number>();
  /** Per aggregate, the end of the queue of this process's changes to it (see `inTurn`). */
  private readonly turns = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: () => Db,
    private readonly personal: PersonalFields,
    private readonly records: ChangeRecords,
    private readonly writer: OutboxWriter,
  ) {}

  /**
   * The latest version, by key lookups only (cheap on every store). Versions are contiguous — each is inserted
   * as the one after the latest — so it steps forward from this process's last sight, or searches from 1.
   */
  async latest<S>(aggregate: string, id: string): Promise<Versioned<S> | null> {
    const { outbox } = collections(this.db());
    const key = `${aggregate}:${id}`;
    const seen = this.seen.get(key);
    const record = await lastOf((v) => outbox.findOne({ _id: `${key}:${v}` }), seen ?? 1, seen !== undefined);
    if (!record) return null;
    this.remember(aggregate, id, record.version);
    return { id, version: record.version, state: await this.personal.open(aggregate, id, record.state as S) };
  }

  /**
   * Inserts version `version` with its events (written together with concurrent commands' changes).
   * 'conflict' when another writer got that version first; 'applied' when the consumed event in progress
   * already caused a change of this aggregate (redelivery).
   */
  async append<S>(aggregate: string, id: string, version: number, decision: Decision<S>): Promise<Outcome> {
    const outcome = await this.writer.write(await this.records.of(aggregate, id, version, decision));
    if (outcome === 'ok') this.remember(aggregate, id, version);
    return outcome;
  }

  /**
   * Runs `work` (read the latest version, decide, append) after this process's earlier changes of the same
   * aggregate have settled. Writers in one process then never race each other for a version — a hot aggregate
   * such as a counter fed by many subjects side by side would otherwise see most of them refused, again and
   * again, until some gave up — and only other processes' writers can still take a version first.
   */
  async inTurn<T>(aggregate: string, id: string, work: () => Promise<T>): Promise<T> {
    const key = `${aggregate}:${id}`;
    const mine = (this.turns.get(key) ?? Promise.resolve()).then(work);
    const settled = mine.catch(() => undefined);
    this.turns.set(key, settled);
    try {
      return await mine;
    } finally {
      if (this.turns.get(key) === settled) this.turns.delete(key);
    }
  }

  /** A version known to exist (written or read here), where the next lookup of this aggregate starts. */
  remember(aggregate: string, id: string, version: number) {
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.set(`${aggregate}:${id}`, version);
  }
}

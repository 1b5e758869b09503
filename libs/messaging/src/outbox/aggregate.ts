import { setTimeout as sleep } from 'node:timers/promises';
import type { BulkVersions } from './bulk-versions.ts';
import type { Versions } from './versions.ts';
import {
  AggregateConflictError,
  AggregateNotFoundError,
  type Decision,
  type PendingEvent,
  type Versioned,
} from './versioned.ts';

/**
 * One kind of aggregate (`store.of<Member>('member')`): the one way a service reads and writes its versions.
 * Every write decides the next version from the latest and inserts it with its events; a concurrent writer's
 * version makes it decide again (or, in bulk, tells the caller).
 */
export class Aggregate<S extends object> {
  constructor(
    readonly name: string,
    private readonly versions: Versions,
    private readonly bulk: BulkVersions,
  ) {}

  load(id: string): Promise<Versioned<S> | null> {
    return this.versions.latest<S>(this.name, id);
  }

  /** The latest version of each of many aggregates (bulk reads); the ones that do not exist are absent. */
  loadMany(ids: readonly string[]): Promise<Map<string, Versioned<S>>> {
    return this.bulk.latestMany<S>(this.name, ids);
  }

  /** Version 1 of a new aggregate, with its events. */
  async create(id: string, state: S, events: PendingEvent[] = []): Promise<Versioned<S>> {
    const outcome = await this.versions.append(this.name, id, 1, { state, events });
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
    const outcomes = await this.bulk.appendMany(
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

  /**
   * The version after `current` of many aggregates, decided by the caller from versions it loaded (`loadMany`),
   * in one bulk write (imports): for each item 'ok', or 'conflict' when the aggregate changed since it was
   * loaded, nothing then written for it (decide again with `update`). Same records, events and guarantees as
   * `update`, without its retry.
   */
  async updateMany(
    items: readonly { current: Versioned<S>; decision: Decision<S> }[],
  ): Promise<('ok' | 'conflict')[]> {
    const outcomes = await this.bulk.appendMany(
      this.name,
      items.map(({ current, decision }) => ({ id: current.id, version: current.version + 1, decision })),
    );
    // 'applied' (a redelivered event made this change already): `update` finds that out, and changes nothing.
    return outcomes.map((outcome) => (outcome === 'ok' ? 'ok' : 'conflict'));
  }

  /**
   * Like `update`, but `decide` also gets `null` for an aggregate that does not exist yet, and creates it. This
   * process's changes of one aggregate take turns; another process's write of the same version makes it decide
   * again, after a short random wait.
   */
  change(
    id: string,
    decide: (current: Versioned<S> | null) => Decision<S>,
    maxAttempts = 100,
  ): Promise<Versioned<S>> {
    return this.versions.inTurn(this.name, id, async () => {
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const current = await this.load(id);
        const version = (current?.version ?? 0) + 1;
        const decision = decide(current);
        const outcome = await this.versions.append(this.name, id, version, decision);
        if (outcome === 'ok') return { id, version, state: decision.state };
        if (outcome === 'applied') return (await this.load(id))!;
        await sleep(Math.random() * 20);
      }
      throw new AggregateConflictError(`${this.name} ${id}: too many concurrent changes, try again`);
    });
  }
}

import { assertIprc, type Caller, type Role } from '@ikiraro/auth';
import type { Aggregate, AggregateStore, PendingEvent, Versioned } from '@ikiraro/messaging';
import type { Collection, Filter } from 'mongodb';
import type { DomainError } from './domain-error.ts';

/** A role without a wider one: a focal point or a trainer who is not also a programme manager, say. */
const wider: Role[] = ['admin', 'programme-manager', 'auditor', 'outreach-officer'];
const isOnly = (caller: Caller, role: Role) =>
  caller.roles.includes(role) && !caller.roles.some((r) => wider.includes(r));

type Scoped<K extends string> = { iprc: string } & { [field in K]: string | null };

/**
 * Aggregates kept per IPRC and per trainer (placements, ToTs), read and changed as the caller may: a focal point
 * their IPRC's, a trainer their own, a wider role every one. The state holds a key of its trainer's e-mail in
 * `keyField`, never the e-mail.
 */
export class TrainerScoped<S extends Scoped<K>, K extends string> {
  constructor(
    private readonly store: AggregateStore,
    private readonly aggregate: Aggregate<S>,
    private readonly scope: {
      /** The aggregate's projection, which lists read (a moment behind). */
      projection: () => Collection<S & { _id: string }>;
      keyField: K;
      keyOf: (email: string) => string;
      notFound: (id: string) => DomainError;
    },
  ) {}

  /** Another trainer's is not found to them; a focal point of another IPRC is forbidden. */
  async load(id: string, caller: Caller): Promise<Versioned<S>> {
    const found = await this.aggregate.load(id);
    const { keyField, keyOf, notFound } = this.scope;
    if (!found || (isOnly(caller, 'trainer') && found.state[keyField] !== keyOf(caller.email)))
      throw notFound(id);
    assertIprc(caller, found.state.iprc);
    return found;
  }

  /** Changes one the caller may see: `decide` is given its latest state and the time. */
  async update(
    id: string,
    caller: Caller,
    decide: (state: S, at: Date) => { state: S; events?: PendingEvent[] },
  ): Promise<Versioned<S>> {
    await this.load(id, caller);
    return this.aggregate.update(id, ({ state }) => {
      const { state: next, events = [] } = decide(state, new Date());
      return { state: next, events };
    });
  }

  /** From the projection, within the caller's scope, personal fields opened. */
  async list(caller: Caller, filter: Filter<S> = {}): Promise<(S & { _id: string })[]> {
    const docs = await this.scope
      .projection()
      .find({ ...filter, ...this.filter(caller) } as never)
      .toArray();
    return this.store.openMany(this.aggregate.name, docs as (S & { _id: string })[]);
  }

  /** A focal point's IPRC (one with none set sees nothing), a trainer's own. */
  private filter(caller: Caller): Partial<Scoped<K>> {
    return {
      ...(isOnly(caller, 'iprc-focal-point') ? { iprc: caller.iprc ?? '-' } : {}),
      ...(isOnly(caller, 'trainer') ? { [this.scope.keyField]: this.scope.keyOf(caller.email) } : {}),
    } as Partial<Scoped<K>>;
  }
}

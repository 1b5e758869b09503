import { inParallel } from '@ikiraro/persistence';
import type { Db } from 'mongodb';
import type { MessagingOptions } from '../messaging.options.ts';
import type { PersonalFields } from '../privacy/personal-fields.ts';
import type { ChangeRecords } from './change-records.ts';
import { collections, type OutboxRecord } from './outbox.record.ts';
import type { Outcome, OutboxWriter } from './outbox.writer.ts';
import type { Versions } from './versions.ts';
import type { Decision, Versioned } from './versioned.ts';

/** Up to this many aggregates, `latestMany` looks each one up; beyond, it reads in bulk. */
const fewAggregates = 50;

/**
 * `Versions` for many aggregates at once (bulk imports), in a few queries whatever their number: one by one,
 * each would cost a few lookups, and a lookup scans the whole outbox on FerretDB (ADR 5).
 */
export class BulkVersions {
  constructor(
    private readonly db: () => Db,
    private readonly projections: MessagingOptions['projections'],
    private readonly personal: PersonalFields,
    private readonly records: ChangeRecords,
    private readonly writer: OutboxWriter,
    private readonly versions: Versions,
  ) {}

  /**
   * The latest versions of many aggregates. With a projection, the pending marks are read first, then the
   * whole projection: a mark goes only once its projection is written, so an aggregate with no mark is exactly
   * as projected, and one absent from both does not exist. Only aggregates with a change in flight are looked
   * up in the outbox. Aggregates that do not exist are absent from the map.
   */
  async latestMany<S>(aggregate: string, ids: readonly string[]): Promise<Map<string, Versioned<S>>> {
    const found = new Map<string, Versioned<S>>();
    let unsure = [...new Set(ids)];
    const from = new Map<string, number>();
    const projection = this.projections[aggregate];
    if (projection && unsure.length > fewAggregates) {
      const marked = await this.inFlight(aggregate);
      const wanted = new Set(unsure);
      const exact: { _id: string; version: number }[] = [];
      for await (const doc of this.db().collection<{ _id: string; version: number }>(projection).find({})) {
        if (!wanted.has(doc._id)) continue;
        if (marked.has(doc._id))
          from.set(doc._id, doc.version); // the projection may lag, never lead
        else exact.push(doc);
      }
      const opened = await this.personal.openMany(aggregate, exact);
      opened.forEach((doc, i) => {
        const { _id, version, ...state } = doc;
        found.set(exact[i]!._id, { id: _id, version, state: state as S });
      });
      unsure = unsure.filter((id) => marked.has(id));
    }
    if (unsure.length <= fewAggregates) {
      await inParallel(unsure, 16, async (id) => {
        const latest = await this.versions.latest<S>(aggregate, id);
        if (latest) found.set(id, latest);
      });
    } else for (const [id, v] of await this.latestByKeys<S>(aggregate, unsure, from)) found.set(id, v);
    for (const [id, { version }] of found) this.versions.remember(aggregate, id, version);
    return found;
  }

  /** The ids of this aggregate's instances with a change not yet published and projected (a pending mark). */
  private async inFlight(aggregate: string): Promise<Set<string>> {
    const prefix = `${aggregate}:`;
    const marks = await collections(this.db())
      .pending.find({}, { projection: { change: 1 } })
      .toArray();
    return new Set(
      marks
        .filter((m) => m.change.startsWith(prefix))
        .map((m) => m.change.slice(prefix.length, m.change.lastIndexOf(':'))),
    );
  }

  /**
   * From the version each is known to have reached (`from`, else from 1), asks for the next version of all at
   * once until none has one: a few `$in` queries (each a read of the whole outbox on FerretDB) for any number.
   */
  private async latestByKeys<S>(aggregate: string, ids: readonly string[], from: Map<string, number>) {
    const { outbox } = collections(this.db());
    const found = new Map<string, Versioned<S>>();
    const key = (id: string, version: number) => `${aggregate}:${id}:${version}`;
    let keys = ids.map((id) => key(id, from.get(id) ?? 1));
    while (keys.length > 0) {
      const records = await outbox.find({ _id: { $in: keys } }).toArray();
      for (const r of records) {
        const state = await this.personal.open(aggregate, r.aggregateId, r.state as S);
        found.set(r.aggregateId, { id: r.aggregateId, version: r.version, state });
      }
      keys = records.map((r) => key(r.aggregateId, r.version + 1));
    }
    return found;
  }

  /**
   * `Versions.append` for many aggregates at once: the same records and the same order — every pending mark is
   * inserted before any change — in two `insertMany({ ordered: false })` calls. The outcome of each item is
   * that of `append`; when some failed otherwise, the others stay written and the first error is thrown.
   */
  async appendMany<S>(
    aggregate: string,
    items: readonly { id: string; version: number; decision: Decision<S> }[],
  ): Promise<Outcome[]> {
    if (items.length === 0) return [];
    const records: OutboxRecord[] = [];
    for (const { id, version, decision } of items)
      records.push(await this.records.of(aggregate, id, version, decision));
    const results = await this.writer.writeMany(records);
    records.forEach(
      (r, i) => results[i] === 'ok' && this.versions.remember(aggregate, r.aggregateId, r.version),
    );
    const error = results.find((r) => r instanceof Error);
    if (error) throw error;
    return results as Outcome[];
  }
}

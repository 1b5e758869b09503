import { Logger } from '@nestjs/common';
import { inParallel, insertEvery } from '@ikiraro/persistence';
import type { Db } from 'mongodb';
import type { MessagingOptions } from '../messaging.options.ts';
import type { OutboxRecord } from './outbox.record.ts';

/** Parallel replaces: FerretDB leaves `_id` equality to PostgreSQL (a scan there). */
const replacesInFlight = 32;

type Projected = { _id: string; version: number };

/**
 * Keeps each projected aggregate's latest state in its collection (`projections` in the options), for queries.
 * The relay is its only writer, and writes each aggregate's versions in order.
 */
export class Projector {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    private readonly db: () => Db,
    private readonly projections: MessagingOptions['projections'],
  ) {}

  /**
   * Moves each aggregate's projection to the newest version among `records`; returns the aggregates
   * (`<aggregate>:<id>`) whose projection could not be written, to be tried again.
   */
  async project(records: readonly OutboxRecord[]): Promise<Set<string>> {
    const failed = new Set<string>();
    for (const [aggregate, name] of Object.entries(this.projections)) {
      const newest = new Map<string, OutboxRecord>();
      for (const r of records) if (r.aggregate === aggregate) newest.set(r.aggregateId, r);
      if (newest.size === 0) continue;
      const collection = this.db().collection<Projected>(name);
      const fail = (id: string, error: unknown) => {
        failed.add(`${aggregate}:${id}`);
        this.logger.warn(`projection of ${aggregate} ${id} failed, will try again: ${String(error)}`);
      };
      // No read: every document is inserted, and the ones that exist already are replaced. A read of many `_id`s
      // ships the whole collection to FerretDB, and the relay writes each aggregate's versions in order, so the
      // newest in hand is never older than the projected one (its only writer).
      const docs = [...newest].map(([_id, r]) => ({ ...(r.state as object), _id, version: r.version }));
      const existing = [...(await insertEvery(collection, docs)).keys()].map((i) => docs[i]!);
      await inParallel(existing, replacesInFlight, (doc) =>
        collection.replaceOne({ _id: doc._id }, doc).then(
          // Nothing to replace: the insert failed on another unique index of the projection.
          (result) => void (result.matchedCount === 0 && fail(doc._id, 'refused by a unique index')),
          (error: unknown) => fail(doc._id, error),
        ),
      );
    }
    return failed;
  }
}

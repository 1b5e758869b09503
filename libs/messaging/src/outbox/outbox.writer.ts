import { insertEvery } from '@ikiraro/persistence';
import type { Db } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { causedAlready } from './causation.ts';
import { collections, isDuplicateKey, type OutboxRecord } from './outbox.record.ts';

/** 'conflict': another writer took the version; 'applied': the consumed event in progress caused it already. */
export type Outcome = 'ok' | 'conflict' | 'applied';

/** Most changes one group write carries, and group writes in flight at once. */
const groupSize = 500;
const groupsInFlight = 4;

/**
 * Writes outbox records — each change's pending mark first, then the change — in bulk. Changes from concurrent
 * commands are written together (group commit): while a write is in flight, the next ones queue and go as one
 * group, so under load each costs a fraction of two round trips, and alone it costs exactly two.
 */
export class OutboxWriter {
  private readonly queue: { record: OutboxRecord; settle: (result: Outcome | Error) => void }[] = [];
  private inFlight = 0;

  constructor(
    private readonly db: () => Db,
    private readonly relay: {
      inFlight(marks: readonly string[], writing: boolean): void;
      committed(records: readonly OutboxRecord[]): void;
    },
  ) {}

  /** One change, written with whatever else is waiting. Rejects with an error that may be ambiguous. */
  write(record: OutboxRecord): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, settle: (r) => (r instanceof Error ? reject(r) : resolve(r)) });
      if (this.inFlight < groupsInFlight) void this.drain();
    });
  }

  private async drain() {
    this.inFlight++;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, groupSize);
      const results = await this.writeMany(group.map((g) => g.record)).catch((error: unknown) =>
        group.map(() => asError(error)),
      );
      group.forEach((g, i) => g.settle(results[i]!));
    }
    this.inFlight--;
  }

  /**
   * The outcome of each record, or the error that kept it out. A record whose write failed for any reason
   * other than a duplicate key (a timeout, a lost connection, a write concern error) may have been written: its
   * mark stays, and the relay publishes the change or fences it, whichever is true.
   */
  async writeMany(records: readonly OutboxRecord[]): Promise<(Outcome | Error)[]> {
    const results: (Outcome | Error)[] = [];
    let todo = records.map((record, at) => ({ record, at }));
    for (let attempt = 1; todo.length > 0; attempt++) {
      if (attempt > 3) {
        for (const { at } of todo)
          results[at] = new Error('the outbox write was too slow three times; try again');
        break;
      }
      const marks = todo.map((t) => t.record.mark);
      this.relay.inFlight(marks, true);
      const outcomes = await this.insert(todo.map((t) => t.record)).finally(() =>
        this.relay.inFlight(marks, false),
      );
      this.relay.committed(todo.filter((_, i) => outcomes[i] === 'ok').map((t) => t.record));
      todo.forEach(({ at }, i) => outcomes[i] !== 'fenced' && (results[at] = outcomes[i]!));
      // Fenced: written again under a new mark. The decision stands, as nobody took its version meanwhile.
      todo = todo
        .filter((_, i) => outcomes[i] === 'fenced')
        .map(({ record, at }) => ({ record: { ...record, mark: uuidv7() }, at }));
    }
    return results;
  }

  /** One attempt: 'fenced' when only the mark was refused (the relay gave up waiting), the version still free. */
  private async insert(records: readonly OutboxRecord[]): Promise<(Outcome | Error | 'fenced')[]> {
    const { outbox, pending } = collections(this.db());
    const results: (Outcome | Error | 'fenced' | undefined)[] = records.map(() => undefined);
    // The mark first: a crash after it and before the change leaves a mark with no change, which the relay
    // fences and drops; the other order could leave a change that nobody publishes.
    const unmarked = await insertEvery(
      pending,
      records.map((r) => ({ _id: r.mark, change: r._id, version: r.version, at: r.committedAt })),
    );
    for (const [i, error] of unmarked) results[i] = asError(error); // its change is not written: only relay work
    const marked = records.filter((_, i) => !unmarked.has(i));
    const indexOf = new Map(marked.map((r) => [r, records.indexOf(r)]));
    const failed = await insertEvery(outbox, marked);
    // Refused for certain (the version is another writer's, or the relay fenced the mark): not these changes'.
    const refused = [...failed].filter(([, error]) => isDuplicateKey(error)).map(([i]) => marked[i]!);
    if (refused.length > 0)
      await pending.deleteMany({ _id: { $in: refused.map((r) => r.mark) } }).catch(() => undefined);
    await Promise.all(
      marked.map(async (record, i) => {
        const error = failed.get(i);
        const at = indexOf.get(record)!;
        if (error === undefined) results[at] = 'ok';
        else if (!isDuplicateKey(error)) results[at] = asError(error);
        else if (await causedAlready(outbox, record)) results[at] = 'applied';
        else if (await outbox.findOne({ _id: record._id }, { projection: { _id: 1 } }))
          results[at] = 'conflict';
        else results[at] = 'fenced';
      }),
    );
    return results as (Outcome | Error | 'fenced')[];
  }
}

/** A driver's per-document write error is no `Error`: keep its message and code. */
const asError = (error: unknown): Error => {
  if (error instanceof Error) return error;
  const { errmsg, code } = error as { errmsg?: string; code?: number };
  return Object.assign(new Error(errmsg ?? String(error)), { code });
};

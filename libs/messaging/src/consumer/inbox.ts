import type { Collection, Db, MongoBulkWriteError } from 'mongodb';
import { inParallel } from '../in-parallel.ts';
import { isDuplicateKey } from '../outbox/outbox.record.ts';

/**
 * Events a consumer group has handled (`inbox`, keyed `<group>:<event id>`): a redelivered event is skipped.
 * Asking costs no read in the common case: each event is first claimed by an insert (`inbox_claims`, same key)
 * — a unique-index check on every store, where a lookup is a scan of the whole collection on FerretDB — and only
 * an event claimed before (a redelivery) is looked up in the inbox. A claim without an inbox entry is an attempt
 * that stopped midway: the event is handled again, as its handler's effects allow (ADR 2).
 */
export class Inbox {
  constructor(
    private readonly db: Db,
    private readonly group: string,
  ) {}

  private get handledEvents() {
    return this.db.collection<{ _id: string; type: string; handledAt: Date }>('inbox');
  }

  private get claims() {
    return this.db.collection<{ _id: string; claimedAt: Date }>('inbox_claims');
  }

  /** Claims distinct events for handling; returns the ones this group has handled already. */
  async claim(eventIds: readonly string[]): Promise<Set<string>> {
    const claimedAt = new Date();
    const again = (
      await duplicates(
        this.claims,
        eventIds.map((id) => ({ _id: this.key(id), claimedAt })),
      )
    ).map((i) => eventIds[i]!);
    const handled = new Set<string>();
    await inParallel(again, 16, async (id) => {
      if (await this.handledEvents.findOne({ _id: this.key(id) }, { projection: { _id: 1 } }))
        handled.add(id);
    });
    return handled;
  }

  /** Records events as handled, in one write; one recorded already (a redelivery raced us) is no error. */
  async add(events: readonly { id: string; type: string }[]): Promise<void> {
    const handledAt = new Date();
    await duplicates(
      this.handledEvents,
      events.map((e) => ({ _id: this.key(e.id), type: e.type, handledAt })),
    );
  }

  private key(eventId: string) {
    return `${this.group}:${eventId}`;
  }
}

/** Inserts documents that may exist already; returns the indexes of those that did. Other errors are thrown. */
async function duplicates<T extends { _id: string }>(
  collection: Collection<T>,
  documents: T[],
): Promise<number[]> {
  if (documents.length === 0) return [];
  try {
    await collection.insertMany(documents as never, { ordered: false });
    return [];
  } catch (error) {
    const writeErrors = (error as Partial<MongoBulkWriteError>).writeErrors;
    const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    if (list.length === 0 || !list.every(isDuplicateKey)) throw error;
    return list.map((e) => e.index);
  }
}

import { inParallel, insertNew } from '@ikiraro/persistence';
import type { Db } from 'mongodb';

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
    const claims = eventIds.map((id) => ({ _id: this.key(id), claimedAt }));
    const again = [...(await insertNew(this.claims, claims))].map((i) => eventIds[i]!);
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
    await insertNew(
      this.handledEvents,
      events.map((e) => ({ _id: this.key(e.id), type: e.type, handledAt })),
    );
  }

  /**
   * Forgets what is older than the topics keep (a range filter: FerretDB reads the collection, once in a while).
   * Every replica may run it: it only deletes.
   */
  async purge(before: Date): Promise<void> {
    await this.handledEvents.deleteMany({ handledAt: { $lt: before } });
    await this.claims.deleteMany({ claimedAt: { $lt: before } });
  }

  private key(eventId: string) {
    return `${this.group}:${eventId}`;
  }
}

import type { Db } from 'mongodb';
import { inParallel } from '../in-parallel.ts';
import { isDuplicateKey } from '../outbox/outbox.record.ts';

/** Parallel key lookups: `_id` equality is served by an index on every store we run. */
const lookupsInFlight = 32;

/** Events a consumer group has handled, keyed `<group>:<event id>`: a redelivered event is skipped. */
export class Inbox {
  constructor(
    private readonly db: Db,
    private readonly group: string,
  ) {}

  private get collection() {
    return this.db.collection<{ _id: string; type: string; handledAt: Date }>('inbox');
  }

  /** Which of these events the group has handled already. */
  async handled(eventIds: readonly string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    await inParallel([...new Set(eventIds)], lookupsInFlight, async (id) => {
      const found = await this.collection.findOne({ _id: `${this.group}:${id}` }, { projection: { _id: 1 } });
      if (found) seen.add(id);
    });
    return seen;
  }

  /** Records events as handled, in one write; one recorded already (a redelivery raced us) is no error. */
  async addMany(events: readonly { id: string; type: string }[]): Promise<void> {
    if (events.length === 0) return;
    const handledAt = new Date();
    try {
      await this.collection.insertMany(
        events.map((e) => ({ _id: `${this.group}:${e.id}`, type: e.type, handledAt })),
        { ordered: false },
      );
    } catch (error) {
      const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
      const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
      if (list.length === 0 || !list.every(isDuplicateKey)) throw error;
    }
  }
}

import type { Db } from 'mongodb';
import { isDuplicateKey } from '../outbox/outbox.record.ts';

/** Events a consumer group has handled, keyed `<group>:<event id>`: a redelivered event is skipped. */
export class Inbox {
  constructor(
    private readonly db: Db,
    private readonly group: string,
  ) {}

  private get collection() {
    return this.db.collection<{ _id: string; type: string; handledAt: Date }>('inbox');
  }

  async has(eventId: string): Promise<boolean> {
    return (
      (await this.collection.findOne({ _id: `${this.group}:${eventId}` }, { projection: { _id: 1 } })) !==
      null
    );
  }

  async add(eventId: string, type: string): Promise<void> {
    try {
      await this.collection.insertOne({ _id: `${this.group}:${eventId}`, type, handledAt: new Date() });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
}

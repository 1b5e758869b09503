// What the bulk-write tests share: one ledger service, its aggregate store, a probe on its entries' topic and its
// database, started before the file's tests and stopped after them.
import { afterAll, beforeAll } from '@jest/globals';
import type { AggregateStore } from '@ikiraro/messaging';
import { probeTopic, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

// Imported once the test file's isolation (database names, topic prefix) is in place, as the other backbone tests do.
const { EntryRecorded, LedgerModule } = await import('./ledger.app.ts');
const { AggregateStore: Store, event } = await import('@ikiraro/messaging');

/** A ledger entry event with the note every bulk test uses. */
export const entry = (ledgerId: string, amount: number) =>
  event(EntryRecorded, { ledgerId, amount, note: 'bulk' });

/** Starts the ledger for the calling file's tests; the getters answer once `beforeAll` has run. */
export function startLedger() {
  let ledger: ServiceUnderTest;
  let store: AggregateStore;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  beforeAll(async () => {
    ledger = await startService(LedgerModule);
    store = ledger.app.get(Store);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${EntryRecorded.topic}`);
  });
  afterAll(async () => {
    await probe.stop();
    await ledger.close();
  });
  return {
    ledgers: () => store.of<{ balance: number }>('ledger'),
    probed: () => probe.events,
    db: () => ledger.app.get<Connection>(getConnectionToken()).db!,
  };
}

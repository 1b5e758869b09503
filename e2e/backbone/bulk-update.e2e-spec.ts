import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AggregateStore } from '@ikiraro/messaging';
import { eventually, probeTopic, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

const { EntryRecorded, LedgerModule } = await import('./ledger.app.ts');
const { AggregateStore: Store, event } = await import('@ikiraro/messaging');

// Bulk writers (imports) write versions through `Aggregate` like everyone else: `updateMany` stores the next
// version of aggregates they loaded, and tells them which changed meanwhile.
describe('event backbone: bulk updates (updateMany)', () => {
  let ledger: ServiceUnderTest;
  let store: AggregateStore;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const db = () => ledger.app.get<Connection>(getConnectionToken()).db!;

  beforeAll(async () => {
    ledger = await startService(LedgerModule);
    store = ledger.app.get(Store);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${EntryRecorded.topic}`);
  });
  afterAll(async () => {
    await probe.stop();
    await ledger.close();
  });

  it('stores the next version of each loaded aggregate with its events, and refuses one that changed since', async () => {
    const ledgers = store.of<{ balance: number }>('ledger');
    await ledgers.createMany(['up-a', 'up-b', 'up-c'].map((id) => ({ id, state: { balance: 1 } })));
    const loaded = await ledgers.loadMany(['up-a', 'up-b', 'up-c']);
    // Changed by someone else between the read and the bulk write: its loaded version is stale.
    await ledgers.update('up-b', () => ({ state: { balance: 50 }, events: [] }));
    const entry = (ledgerId: string, amount: number) =>
      event(EntryRecorded, { ledgerId, amount, note: 'bulk' });

    const outcomes = await ledgers.updateMany(
      ['up-a', 'up-b', 'up-c'].map((id, i) => ({
        current: loaded.get(id)!,
        decision: { state: { balance: 10 + i }, events: [entry(id, 10 + i)] },
      })),
    );

    expect(outcomes).toEqual(['ok', 'conflict', 'ok']);
    expect(await ledgers.load('up-a')).toEqual({ id: 'up-a', version: 2, state: { balance: 10 } });
    expect(await ledgers.load('up-b')).toEqual({ id: 'up-b', version: 2, state: { balance: 50 } });
    expect(await ledgers.load('up-c')).toEqual({ id: 'up-c', version: 2, state: { balance: 12 } });
    expect(await ledgers.updateMany([])).toEqual([]);
    // Published and projected as any update: the refused change announced nothing.
    await eventually(async () => {
      const mine = probe.events.filter((e) => e.subject.startsWith('up-'));
      expect(mine.map((e) => e.data as { amount: number }).sort((x, y) => x.amount - y.amount)).toEqual([
        { ledgerId: 'up-a', amount: 10, note: 'bulk' },
        { ledgerId: 'up-c', amount: 12, note: 'bulk' },
      ]);
      expect(await db().collection('outbox_pending').countDocuments()).toBe(0);
      expect(
        await db()
          .collection('ledgers')
          .findOne({ _id: 'up-c' as never }),
      ).toMatchObject({ balance: 12, version: 2 });
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { eventually } from '@ikiraro/testing';
import { entry, startLedger } from './bulk.testing.ts';

// Bulk writers (imports) write versions through `Aggregate` like everyone else: `updateMany` stores the next
// version of aggregates they loaded, and tells them which changed meanwhile.
describe('event backbone: bulk updates (updateMany)', () => {
  const { ledgers: ledgerStore, probed, db } = startLedger();

  it('stores the next version of each loaded aggregate with its events, and refuses one that changed since', async () => {
    const ledgers = ledgerStore();
    await ledgers.createMany(['up-a', 'up-b', 'up-c'].map((id) => ({ id, state: { balance: 1 } })));
    const loaded = await ledgers.loadMany(['up-a', 'up-b', 'up-c']);
    // Changed by someone else between the read and the bulk write: its loaded version is stale.
    await ledgers.update('up-b', () => ({ state: { balance: 50 }, events: [] }));

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
      const mine = probed().filter((e) => e.subject.startsWith('up-'));
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

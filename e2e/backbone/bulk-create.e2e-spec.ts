import { describe, expect, it } from '@jest/globals';
import { eventually } from '@ikiraro/testing';
import { entry, startLedger } from './bulk.testing.ts';

describe('event backbone: bulk creation (createMany)', () => {
  const { ledgers: ledgerStore, probed, db } = startLedger();

  it('creates many aggregates with their events, reports the ones that exist, and changes nothing of them', async () => {
    const ledgers = ledgerStore();
    await ledgers.create('bulk-existing', { balance: 7 });

    const outcomes = await ledgers.createMany([
      { id: 'bulk-a', state: { balance: 1 }, events: [entry('bulk-a', 1)] },
      { id: 'bulk-existing', state: { balance: 99 }, events: [entry('bulk-existing', 99)] },
      { id: 'bulk-b', state: { balance: 2 }, events: [entry('bulk-b', 2)] },
    ]);

    expect(outcomes).toEqual(['ok', 'conflict', 'ok']);
    expect(await ledgers.load('bulk-a')).toEqual({ id: 'bulk-a', version: 1, state: { balance: 1 } });
    expect(await ledgers.load('bulk-existing')).toEqual({
      id: 'bulk-existing',
      version: 1,
      state: { balance: 7 },
    });
    // The same record shape as `create`: the relay publishes them, projects them and clears every mark.
    await eventually(async () => {
      const mine = probed().filter((e) => e.subject.startsWith('bulk-'));
      expect(
        mine.map((e) => e.data).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
      ).toEqual([
        { ledgerId: 'bulk-a', amount: 1, note: 'bulk' },
        { ledgerId: 'bulk-b', amount: 2, note: 'bulk' },
      ]);
      expect(await db().collection('outbox_pending').countDocuments()).toBe(0);
      expect(
        await db()
          .collection('ledgers')
          .findOne({ _id: 'bulk-b' as never }),
      ).toMatchObject({
        balance: 2,
        version: 1,
      });
    });
    // And the next change of a bulk-created aggregate is version 2, as after `create`.
    expect(
      (await ledgers.update('bulk-b', (c) => ({ state: { balance: c.state.balance + 1 }, events: [] })))
        .version,
    ).toBe(2);
  });

  it('creates nothing twice when the same batch is stored again', async () => {
    const ledgers = ledgerStore();
    const batch = Array.from({ length: 50 }, (_, i) => ({ id: `again-${i}`, state: { balance: i } }));
    expect(await ledgers.createMany(batch)).toEqual(Array(50).fill('ok'));
    expect(await ledgers.createMany(batch)).toEqual(Array(50).fill('conflict'));
    expect(await ledgers.createMany([])).toEqual([]);
    expect(await ledgers.load('again-3')).toEqual({ id: 'again-3', version: 1, state: { balance: 3 } });
    expect(
      await db()
        .collection('outbox')
        .findOne({ _id: 'ledger:again-3:2' as never }),
    ).toBeNull();
  });

  it('loads the latest versions of many aggregates at once, whether or not the projection caught up', async () => {
    const ledgers = ledgerStore();
    const ids = Array.from({ length: 20 }, (_, i) => `many-${i}`);
    await ledgers.createMany(ids.map((id) => ({ id, state: { balance: 0 } })));
    for (const id of ids.slice(0, 5))
      for (let n = 1; n <= 3; n++) await ledgers.update(id, () => ({ state: { balance: n }, events: [] }));
    const expected = (id: string, i: number) => ({
      id,
      version: i < 5 ? 4 : 1,
      state: { balance: i < 5 ? 3 : 0 },
    });
    const loaded = await ledgers.loadMany([...ids, 'never-created']);
    expect(loaded.size).toBe(20);
    ids.forEach((id, i) => expect(loaded.get(id)).toEqual(expected(id, i)));
    // Once the relay has projected them, it starts from the projection: the same answer.
    await eventually(async () =>
      expect(
        await db()
          .collection('ledgers')
          .findOne({ _id: 'many-0' as never }),
      ).toMatchObject({ version: 4 }),
    );
    const again = await ledgers.loadMany(ids);
    ids.forEach((id, i) => expect(again.get(id)).toEqual(expected(id, i)));
  });
});

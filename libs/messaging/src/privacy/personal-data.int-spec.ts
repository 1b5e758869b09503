import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Db, MongoClient } from 'mongodb';
import { randomBytes } from 'node:crypto';
import { LocalKeyWrapper } from './key-wrapper.ts';
import { BrokenSealError, PersonalData } from './personal-data.ts';
import { PersonalKeys, PersonErasedError } from './personal-keys.ts';
import { isSealed } from './sealed.ts';

// The key store on the real database: sealing, opening, and what destroying a key does to every copy.
const mongo = new MongoClient(process.env.MONGODB_URI!);
let db: Db;
const wrapper = new LocalKeyWrapper(randomBytes(32));
const data = () => new PersonalData(new PersonalKeys(() => db, wrapper, 0)); // no cache: every call reads

beforeAll(async () => {
  await mongo.connect();
  db = mongo.db(`${process.env.DATABASE_PREFIX}keys_${randomBytes(3).toString('hex')}`);
});
afterAll(() => mongo.close());

const application = {
  memberId: 'm1',
  motivation: 'I trained welders in Liège for ten years',
  scorecards: [
    { reviewerId: 'r1', total: 80, comment: 'Knows Liège well' },
    { reviewerId: 'r2', total: 70 },
  ],
  decision: { outcome: 'selected', reason: 'Best welding record' },
};
const fields = ['motivation', 'scorecards[].comment', 'decision.reason'];

describe('personal data', () => {
  it('seals each personal field, leaves the rest in clear, and opens them again', async () => {
    const sealed = await data().seal('member:m1', application, fields);
    expect(isSealed(sealed.motivation)).toBe(true);
    expect(isSealed(sealed.scorecards[0]!.comment)).toBe(true);
    expect(sealed.scorecards[1]).toEqual({ reviewerId: 'r2', total: 70 });
    expect(isSealed(sealed.decision.reason)).toBe(true);
    expect(sealed.decision.outcome).toBe('selected');
    expect(JSON.stringify(sealed)).not.toMatch(/Liège|welding/);
    expect(await data().open('member:m1', sealed, fields)).toEqual({ value: application, erased: false });
  });

  it('refuses a sealed value moved to another person or another field', async () => {
    const sealed = await data().seal('member:m2', application, fields);
    const moved = { ...sealed, decision: { ...sealed.decision, reason: sealed.motivation } };
    await expect(data().open('member:m2', moved, fields)).rejects.toBeInstanceOf(BrokenSealError);
    await data().seal('member:m3', { motivation: 'x' }, ['motivation']); // m3 has a key of its own
    await expect(data().open('member:m3', sealed, fields)).rejects.toBeInstanceOf(BrokenSealError);
  });

  it('gives one key to writers that race for a new person', async () => {
    const keys = new PersonalKeys(() => db, wrapper, 0);
    const found = await Promise.all(Array.from({ length: 8 }, () => keys.keyFor('member:race')));
    expect(new Set(found.map((k) => k.toString('hex'))).size).toBe(1);
  });

  it('after erasure opens every copy as null, and refuses to seal anything new for the person', async () => {
    const personal = data();
    const sealed = await personal.seal('member:m4', application, fields);
    await personal.erase('member:m4');
    const { value, erased } = await data().open('member:m4', sealed, fields);
    expect(erased).toBe(true);
    expect(value.motivation).toBeNull();
    expect(value.scorecards.map((s) => s.total)).toEqual([80, 70]);
    expect(value.scorecards[0]!.comment).toBeNull();
    expect(value.decision).toEqual({ outcome: 'selected', reason: null });
    await expect(data().seal('member:m4', application, fields)).rejects.toBeInstanceOf(PersonErasedError);
    expect(await db.collection('person_keys').findOne({ _id: 'member:m4' as never })).toBeNull();
  });

  it('reads many people’s keys at once', async () => {
    const personal = new PersonalData(new PersonalKeys(() => db, wrapper));
    const items = await Promise.all(
      ['a', 'b', 'c'].map(async (id) => ({
        person: `member:${id}`,
        value: await personal.seal(`member:${id}`, { motivation: id }, ['motivation']),
      })),
    );
    const fresh = new PersonalData(new PersonalKeys(() => db, wrapper));
    expect(await fresh.openMany(items, ['motivation'])).toEqual([
      { motivation: 'a' },
      { motivation: 'b' },
      { motivation: 'c' },
    ]);
  });
});

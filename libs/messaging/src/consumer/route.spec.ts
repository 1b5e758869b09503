import { describe, expect, it } from '@jest/globals';
import {
  MemberProfileUpdated,
  MemberProfileUpdatedV1Contract,
  MemberProfileUpdatedV2,
} from '@ikiraro/contracts';
import { InvalidEventError } from '../validate-payload.ts';
import { reader } from './route.ts';

const profile = {
  countryOfResidence: 'DE',
  qualificationLevel: 'bachelor',
  qualificationField: 'Mechatronics',
  yearsOfExperience: 8,
  languages: ['de', 'en', 'rw'],
  subjects: ['Industrial automation'],
};

describe('reader', () => {
  it('reads a v1 event for a v2 handler: validated as v1, upcast, then validated as v2', async () => {
    const read = reader(MemberProfileUpdated, 1)!;
    const data = await read({ memberId: 'm-1', profile });
    // An instance of the v2 payload class only comes out of the v2 validation, after the upcast.
    expect(data).toBeInstanceOf(MemberProfileUpdatedV2);
    expect(data).toEqual({ memberId: 'm-1', profile, availability: [] });
    // Validated as v1 first: a v1 event cannot carry what only v2 knows.
    await expect(read({ memberId: 'm-1', profile, availability: [] })).rejects.toThrow(/availability/);
  });

  it('reads a v2 event for a v2 handler as it is, without upcasting', async () => {
    const availability = [{ from: '2026-09-01', to: '2026-10-15' }];
    const read = reader(MemberProfileUpdated, 2)!;
    const data = await read({ memberId: 'm-2', profile, availability });
    expect(data).toBeInstanceOf(MemberProfileUpdatedV2);
    expect(data).toEqual({ memberId: 'm-2', profile, availability });
    // No upcast fills in what a v2 event must say itself.
    await expect(read({ memberId: 'm-2', profile })).rejects.toThrow(/availability/);
  });

  it('has no path to a version the handler does not know, newer or older than its chain', () => {
    expect(reader(MemberProfileUpdated, 3)).toBeUndefined();
    expect(reader(MemberProfileUpdated, 0)).toBeUndefined();
    expect(reader(MemberProfileUpdatedV1Contract, 2)).toBeUndefined();
  });

  it('rejects a v1 event that is not valid as v1, naming the field', async () => {
    const read = reader(MemberProfileUpdated, 1)!;
    const attempt = read({ memberId: '', profile });
    await expect(attempt).rejects.toBeInstanceOf(InvalidEventError);
    await expect(attempt).rejects.toThrow(/memberId/);
  });
});

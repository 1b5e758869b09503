import { describe, expect, it } from '@jest/globals';
import { rank } from './mentor.rules.ts';

const sector = { code: 'renewable-energy', name: 'Renewable energy' };
const eligible = [sector, { code: 'electrical', name: 'Electrical technology' }];

describe('rank', () => {
  it('puts the sector among the subjects first, a close subject next, then the rest, each with its reasons', () => {
    const ranked = rank(
      [
        { memberId: 'none', name: 'Ann', subjects: ['Cooking'] },
        { memberId: 'close', name: 'Bea', subjects: ['Solar energy systems'] },
        { memberId: 'exact', name: 'Cy', subjects: ['renewable energy', 'Electrical technology'] },
      ],
      sector,
      eligible,
    );
    expect(ranked).toEqual([
      {
        memberId: 'exact',
        name: 'Cy',
        subjects: ['renewable energy', 'Electrical technology'],
        score: 3.5,
        reasons: [
          "Names the pilot's sector (Renewable energy) among their subjects",
          'Also teaches a sector the call funds (Electrical technology)',
        ],
      },
      {
        memberId: 'close',
        name: 'Bea',
        subjects: ['Solar energy systems'],
        score: 1,
        reasons: ["A subject of theirs close to the pilot's sector (Renewable energy)"],
      },
      {
        memberId: 'none',
        name: 'Ann',
        subjects: ['Cooking'],
        score: 0,
        reasons: ['Consented to mentor; no subject of theirs matches Renewable energy'],
      },
    ]);
  });

  it('matches the sector by its code too, and breaks ties by name', () => {
    const ranked = rank(
      [
        { memberId: 'b', name: 'Zoe', subjects: ['renewable-energy'] },
        { memberId: 'a', name: 'Abe', subjects: ['Renewable Energy'] },
      ],
      sector,
      [],
    );
    expect(ranked.map((s) => [s.memberId, s.score])).toEqual([
      ['a', 3],
      ['b', 3],
    ]);
  });
});

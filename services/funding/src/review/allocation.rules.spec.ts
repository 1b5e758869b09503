import { describe, expect, it } from '@jest/globals';
import { allocate } from './allocation.rules.ts';
import { rank } from './review.rules.ts';

const shortlist = (...requested: number[]) =>
  requested.map((r, i) => ({ proposalId: `p${i + 1}`, rank: i + 1, requested: r }));
const decisions = (lines: { decision: string }[]) => lines.map((l) => l.decision);

describe('allocation rules: best rank first, each award fully funded, within the fund and the award cap', () => {
  it("skips a proposal that no longer fits and funds the next that does ('skip')", () => {
    const { lines, awarded, left } = allocate(shortlist(4_800, 9_000, 3_000), 12_000, 10, 'skip');
    expect(lines.map((l) => l.reason)).toEqual([
      'funded: 4 800 of 12 000 left',
      'skipped: asks 9 000, 7 200 left',
      'funded: 3 000 of 7 200 left',
    ]);
    expect(lines.map((l) => l.amount)).toEqual([4_800, 0, 3_000]);
    expect({ awarded, left }).toEqual({ awarded: 7_800, left: 4_200 });
  });

  it("stops at the first proposal that does not fit ('stop'): the rest are not reached", () => {
    const { lines, awarded, left } = allocate(shortlist(4_800, 9_000, 3_000), 12_000, 10, 'stop');
    expect(decisions(lines)).toEqual(['funded', 'stopped', 'not-reached']);
    expect(lines[1]!.reason).toBe('stopped: asks 9 000, 7 200 left');
    expect(lines[2]!.reason).toBe('not reached: allocation stopped at rank 2');
    expect({ awarded, left }).toEqual({ awarded: 4_800, left: 7_200 });
  });

  it('funds a proposal that fits exactly, leaving nothing, and skips the rest', () => {
    const { lines, left } = allocate(shortlist(5_000, 7_000, 1), 12_000, 10, 'skip');
    expect(decisions(lines)).toEqual(['funded', 'funded', 'skipped']);
    expect(lines[1]!.reason).toBe('funded: 7 000 of 7 000 left');
    expect(lines[2]!.reason).toBe('skipped: asks 1, 0 left');
    expect(left).toBe(0);
  });

  it('makes at most the call’s number of awards, under either rule', () => {
    for (const rule of ['skip', 'stop'] as const) {
      const { lines, awarded } = allocate(shortlist(1_000, 1_000, 1_000), 100_000, 2, rule);
      expect(decisions(lines)).toEqual(['funded', 'funded', 'not-reached']);
      expect(lines[2]!.reason).toBe('not reached: 2 awards made');
      expect(awarded).toBe(2_000);
    }
  });

  it('walks the ranking, ties on the score settled by more jobs expected, then the earlier submission', () => {
    const ranked = rank([
      {
        proposalId: 'late',
        mean: 80,
        jobsExpected: 5,
        submittedAt: '2027-01-20T10:00:00.000Z',
        requested: 1_000,
      },
      {
        proposalId: 'early',
        mean: 80,
        jobsExpected: 5,
        submittedAt: '2027-01-10T10:00:00.000Z',
        requested: 6_000,
      },
      {
        proposalId: 'jobs',
        mean: 80,
        jobsExpected: 9,
        submittedAt: '2027-01-30T10:00:00.000Z',
        requested: 6_000,
      },
      { proposalId: 'unscored', mean: null, jobsExpected: 50, requested: 10 },
    ]);
    const { lines } = allocate(ranked.toReversed(), 11_000, 10, 'skip');
    expect(lines.map((l) => [l.proposalId, l.rank, l.decision])).toEqual([
      ['jobs', 1, 'funded'],
      ['early', 2, 'skipped'],
      ['late', 3, 'funded'],
    ]);
  });

  it('proposes nothing for an empty shortlist', () => {
    expect(allocate([], 50_000, 10, 'skip')).toEqual({ lines: [], awarded: 0, left: 50_000 });
  });
});

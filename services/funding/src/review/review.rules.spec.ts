import { describe, expect, it } from '@jest/globals';
import { callState, proposalState } from './review.testing.ts';
import { consensusOf, eligibilityFailures, rank, screeningOf, weighted } from './review.rules.ts';

const call = callState(['m1'], ['t1'], {
  eligibility: { minTeam: 2, maxTeam: 6, sectors: [], iprcs: ['KGL', 'HYE'], minMilestones: 1 },
});

describe('review rules: eligibility in plain words, weighted totals, disagreement, ranking', () => {
  it('names each failed rule once, and none for a proposal that passes', () => {
    expect(eligibilityFailures(call, proposalState('c', 't1', 5_000, { iprc: 'KGL' }))).toEqual([]);
    expect(eligibilityFailures(call, proposalState('c', 't1', 5_000))).toEqual([
      'IPRC Musanze is not one of the IPRCs the call takes (IPRC Kigali, IPRC Huye).',
    ]);
  });

  it('lets the manager add reasons or disqualify with one, never qualify a proposal that fails a rule', () => {
    expect(screeningOf([], undefined)).toEqual({ qualified: true, reasons: [] });
    expect(screeningOf(['Too small a team.'], undefined, [' Late letters. '])).toEqual({
      qualified: false,
      reasons: ['Too small a team.', 'Late letters.'],
    });
    expect(() => screeningOf(['Too small a team.'], true)).toThrow('cannot be qualified');
    expect(() => screeningOf([], false)).toThrow('Say why');
  });

  it('weighs each criterion by weight × score / max, in the rubric’s order', () => {
    const scored = weighted(call.rubric, [
      { criterion: 'feasibility', score: 7 },
      { criterion: 'impact', score: 4 },
    ]);
    expect(scored).toEqual({
      scores: [
        { criterion: 'impact', score: 4 },
        { criterion: 'feasibility', score: 7 },
      ],
      total: 76,
    });
    expect(() => weighted(call.rubric, [{ criterion: 'impact', score: 2.5 }])).toThrow(
      'do not fit the rubric',
    );
  });

  it('flags a disagreement only beyond 20 points between the highest and lowest totals', () => {
    expect(consensusOf([70, 90])).toEqual({ mean: 80, spread: 20, disagreement: false });
    expect(consensusOf([69.5, 90, 80])).toEqual({ mean: 79.83, spread: 20.5, disagreement: true });
    expect(consensusOf([])).toEqual({ mean: null, spread: null, disagreement: false });
  });

  it('ranks by mean, then more jobs, then the earlier submission; leaves the unscored out', () => {
    const ranked = rank([
      { proposalId: 'a', mean: 70, jobsExpected: 3, submittedAt: '2027-01-02T00:00:00Z' },
      { proposalId: 'b', mean: 70, jobsExpected: 3, submittedAt: '2027-01-01T00:00:00Z' },
      { proposalId: 'c', mean: 70, jobsExpected: 8, submittedAt: '2027-01-03T00:00:00Z' },
      { proposalId: 'd', mean: 90, jobsExpected: 0, submittedAt: '2027-01-04T00:00:00Z' },
      { proposalId: 'e', mean: null, jobsExpected: 99 },
    ]);
    expect(ranked.map((r) => [r.proposalId, r.rank])).toEqual([
      ['d', 1],
      ['c', 2],
      ['b', 3],
      ['a', 4],
    ]);
  });
});

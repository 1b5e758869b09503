import { describe, expect, it } from '@jest/globals';
import type { Milestone } from '../proposals/proposal.ts';
import { tranchesOf } from './tranches.rules.ts';

const milestones: Milestone[] = [
  { id: 'm1', title: 'Workshop fitted', due: '2027-02-01', amount: 3_000 },
  { id: 'm2', title: 'First sales', due: '2027-05-01', amount: 3_000 },
  { id: 'm3', title: 'Ten jobs', due: '2027-09-01', amount: 4_000 },
];
const total = (amounts: { amount: number }[]) => amounts.reduce((s, t) => s + t.amount, 0);

describe('tranchesOf', () => {
  it('keeps the milestone amounts when the award is what was asked', () => {
    expect(tranchesOf(10_000, milestones).map((t) => t.amount)).toEqual([3_000, 3_000, 4_000]);
  });

  it('scales proportionally with the remainder on the last tranche', () => {
    const tranches = tranchesOf(7_001, milestones);
    expect(tranches.map((t) => t.amount)).toEqual([2_100, 2_100, 2_801]);
    expect(total(tranches)).toBe(7_001);
    expect(tranches.map((t) => t.milestoneId)).toEqual(['m1', 'm2', 'm3']);
  });

  it('always adds up exactly to the award', () => {
    for (const awarded of [1, 2, 999, 3_333, 9_999, 10_001, 12_345]) {
      expect(total(tranchesOf(awarded, milestones))).toBe(awarded);
    }
  });

  it('makes one tranche of the whole award when there are no milestones', () => {
    expect(tranchesOf(5_000, [])).toEqual([{ milestoneId: 'award', title: 'Award', due: '', amount: 5_000 }]);
  });

  it('refuses an award that is not whole units', () => {
    expect(() => tranchesOf(10.5, milestones)).toThrow(RangeError);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { Award } from './award.ts';
import * as rules from './award.rules.ts';

const now = new Date('2027-06-01T10:00:00Z');
const award = (): Award => ({
  callId: 'c1',
  totId: 't1',
  iprc: 'KGL',
  sector: 'electrical',
  title: 'Pilot',
  currency: 'EUR',
  awarded: 5_000,
  rank: 1,
  awardedAt: now.toISOString(),
  milestones: [
    { milestoneId: 'm1', title: 'Built', due: '2027-06-01', amount: 3_000, status: 'pending', evidence: [] },
    { milestoneId: 'm2', title: 'In use', due: '2027-09-01', amount: 2_000, status: 'pending', evidence: [] },
  ],
});
const withEvidence = (a: Award) =>
  rules.withMilestone(a, 'm1', (m) => ({ ...m, evidence: [{ id: 'e1', name: 'a.pdf', bytes: 10, at: '' }] }));
const code = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'no error';
};

describe('award rules', () => {
  it('reports, approves and pays the milestones in order, the ledger adding up at each step', () => {
    const reported = rules.reported(withEvidence(award()), 'm1', 'Done', { jobsCreated: 2 }, ['e1'], now);
    const approved = rules.approved(reported, 'm1', now);
    expect(rules.ledgerOf(approved)).toEqual({
      awarded: 5_000,
      released: 3_000,
      paid: 0,
      outstanding: 5_000,
      payments: [],
    });
    const paid = rules.paid(approved, 'm1', { date: '2027-06-10', amount: 3_000, reference: 'R1' });
    expect(rules.ledgerOf(paid)).toMatchObject({ released: 3_000, paid: 3_000, outstanding: 2_000 });
    expect(rules.nextOf(paid)?.milestoneId).toBe('m2');
  });

  it('refuses evidence not uploaded for the milestone, a later milestone first, a report not reported', () => {
    expect(code(() => rules.reported(award(), 'm1', 'Done', { jobsCreated: 1 }, ['e9'], now))).toBe(
      'funding.evidence.not_found',
    );
    expect(code(() => rules.assertReportable(award(), 'm2'))).toBe('funding.milestone.out_of_order');
    expect(code(() => rules.approved(award(), 'm1', now))).toBe('funding.milestone.not_reported');
    expect(code(() => rules.milestoneOf(award(), 'nope'))).toBe('funding.milestone.not_found');
  });

  it('refuses a ledger whose tranches do not add up to the award', () => {
    expect(() => rules.assertLedger({ ...award(), awarded: 4_999 })).toThrow(/ledger broken/);
  });
});

import type { ProposalAwardedV1 } from '@ikiraro/contracts';
import { DomainError } from '@ikiraro/service-defaults';
import type { Proposal } from '../proposals/proposal.ts';
import type { Award, AwardMilestone, Figures, Payment } from './award.ts';
import { tranchesOf } from './tranches.rules.ts';

/** What was awarded, approved for release, paid and still owed: paid + outstanding = awarded, always. */
export interface Ledger {
  awarded: number;
  released: number;
  paid: number;
  outstanding: number;
  payments: (Payment & { milestoneId: string })[];
}

/** A new award: the proposal's milestones as tranches adding up exactly to what was awarded. */
export function awardOf(data: ProposalAwardedV1, proposal: Proposal, now: Date): Award {
  return {
    callId: data.callId,
    totId: data.totId,
    iprc: data.iprc,
    sector: data.sector,
    title: data.title,
    currency: data.awarded.currency,
    awarded: data.awarded.amount,
    rank: data.rank,
    awardedAt: now.toISOString(),
    milestones: tranchesOf(data.awarded.amount, proposal.milestones).map((t) => ({
      ...t,
      status: 'pending',
      evidence: [],
    })),
  };
}

export function ledgerOf(a: Award): Ledger {
  const payments = a.milestones.flatMap((m) =>
    m.payment ? [{ ...m.payment, milestoneId: m.milestoneId }] : [],
  );
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  const released = a.milestones
    .filter((m) => m.status === 'approved' || m.status === 'paid')
    .reduce((sum, m) => sum + m.amount, 0);
  return { awarded: a.awarded, released, paid, outstanding: a.awarded - paid, payments };
}

/** Checked on every write: the tranches add up to the award, and nothing is paid beyond it. */
export function assertLedger(a: Award): Award {
  const tranches = a.milestones.reduce((sum, m) => sum + m.amount, 0);
  const { paid, outstanding } = ledgerOf(a);
  if (tranches !== a.awarded || paid + outstanding !== a.awarded || outstanding < 0)
    throw new Error(`award ledger broken: tranches ${tranches}, paid ${paid}, awarded ${a.awarded}`);
  return a;
}

/** The next milestone to report and be paid: the first not paid, in order. */
export const nextOf = (a: Award): AwardMilestone | undefined => a.milestones.find((m) => m.status !== 'paid');

const reportable = (m: AwardMilestone) => m.status === 'pending' || m.status === 'returned';

const notFound = (id: string) =>
  new DomainError('funding.milestone.not_found', 'not_found', `No milestone ${id}`);

export function milestoneOf(a: Award, milestoneId: string): AwardMilestone {
  const found = a.milestones.find((m) => m.milestoneId === milestoneId);
  if (!found) throw notFound(milestoneId);
  return found;
}

/** The award with one milestone changed (the ledger checked). */
export const withMilestone = (a: Award, milestoneId: string, change: (m: AwardMilestone) => AwardMilestone) =>
  assertLedger({
    ...a,
    milestones: a.milestones.map((m) => (m.milestoneId === milestoneId ? change(m) : m)),
  });

/** Only the next unpaid milestone takes a report or evidence, and only while it is pending or returned. */
export function assertReportable(a: Award, milestoneId: string): AwardMilestone {
  const m = milestoneOf(a, milestoneId);
  if (!reportable(m))
    throw new DomainError(
      'funding.milestone.not_reportable',
      'conflict',
      `Milestone ${milestoneId} is ${m.status}`,
    );
  if (nextOf(a)?.milestoneId !== milestoneId)
    throw new DomainError(
      'funding.milestone.out_of_order',
      'conflict',
      'Milestones are reported in order: report the earlier one first',
    );
  return m;
}

export function reported(
  a: Award,
  milestoneId: string,
  narrative: string,
  figures: Figures,
  evidence: string[],
  now: Date,
) {
  const m = assertReportable(a, milestoneId);
  const unknown = evidence.filter((id) => !m.evidence.some((e) => e.id === id));
  if (unknown.length > 0)
    throw new DomainError(
      'funding.evidence.not_found',
      'invalid',
      `No evidence ${unknown.join(', ')} on this milestone`,
    );
  return withMilestone(a, milestoneId, (old) => ({
    ...old,
    status: 'reported',
    report: { narrative, figures, evidence, at: now.toISOString() },
  }));
}

const assertReported = (m: AwardMilestone) => {
  if (m.status !== 'reported')
    throw new DomainError(
      'funding.milestone.not_reported',
      'conflict',
      `Milestone ${m.milestoneId} is ${m.status}`,
    );
};

export function approved(a: Award, milestoneId: string, now: Date) {
  assertReported(milestoneOf(a, milestoneId));
  return withMilestone(a, milestoneId, (m) => ({ ...m, status: 'approved', approvedAt: now.toISOString() }));
}

export function returned(a: Award, milestoneId: string, reason: string, now: Date) {
  assertReported(milestoneOf(a, milestoneId));
  return withMilestone(a, milestoneId, (m) => ({
    ...m,
    status: 'returned',
    returned: { reason, at: now.toISOString() },
  }));
}

/** Paid once, only when approved, exactly its tranche. */
export function paid(a: Award, milestoneId: string, payment: Payment) {
  const m = milestoneOf(a, milestoneId);
  if (m.status === 'paid')
    throw new DomainError(
      'funding.tranche.already_paid',
      'conflict',
      `Milestone ${milestoneId} is paid already`,
    );
  if (m.status !== 'approved')
    throw new DomainError(
      'funding.milestone.not_approved',
      'conflict',
      `Milestone ${milestoneId} is ${m.status}`,
    );
  if (payment.amount !== m.amount)
    throw new DomainError(
      'funding.tranche.amount_mismatch',
      'invalid',
      `The tranche is ${m.amount} ${a.currency}, not ${payment.amount}`,
    );
  return withMilestone(a, milestoneId, (old) => ({ ...old, status: 'paid', payment }));
}

/** A tranche's id (the released event's subject): the award's and the milestone's. */
export const trancheIdOf = (awardId: string, milestoneId: string) => `${awardId}.${milestoneId}`.slice(0, 64);

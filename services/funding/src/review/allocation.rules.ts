import { DomainError } from '@ikiraro/service-defaults';
import type { AllocationRule, Call } from '../calls/call.ts';
import { amountOf } from './review.rules.ts';
import type { Allocation } from './review.ts';

export interface Candidate {
  proposalId: string;
  rank: number;
  requested: number;
}

export type LineDecision = 'funded' | 'skipped' | 'stopped' | 'not-reached';

export interface AllocationLine extends Candidate {
  decision: LineDecision;
  /** What it gets: its request when funded, else 0. */
  amount: number;
  /** The decision in words, with the figures behind it. */
  reason: string;
}

/**
 * The proposed awards (ADR 17): the shortlist best rank first, each award fully funded from what is left of the
 * fund, at most `awards` of them. A proposal that no longer fits is skipped and the next one tried ('skip'), or
 * ends the allocation ('stop'). One line per proposal says why.
 */
export function allocate(
  shortlist: readonly Candidate[],
  fund: number,
  awards: number,
  rule: AllocationRule,
): { lines: AllocationLine[]; awarded: number; left: number } {
  let left = fund;
  let made = 0;
  let stoppedAt: number | null = null;
  const lines = shortlist
    .toSorted((a, b) => a.rank - b.rank)
    .map(({ proposalId, rank, requested }): AllocationLine => {
      const c = { proposalId, rank, requested };
      if (made >= awards)
        return { ...c, decision: 'not-reached', amount: 0, reason: `not reached: ${awards} awards made` };
      if (stoppedAt !== null)
        return {
          ...c,
          decision: 'not-reached',
          amount: 0,
          reason: `not reached: allocation stopped at rank ${stoppedAt}`,
        };
      if (c.requested > left) {
        const why = `asks ${amountOf(c.requested)}, ${amountOf(left)} left`;
        if (rule === 'skip') return { ...c, decision: 'skipped', amount: 0, reason: `skipped: ${why}` };
        stoppedAt = c.rank;
        return { ...c, decision: 'stopped', amount: 0, reason: `stopped: ${why}` };
      }
      const reason = `funded: ${amountOf(c.requested)} of ${amountOf(left)} left`;
      left -= c.requested;
      made += 1;
      return { ...c, decision: 'funded', amount: c.requested, reason };
    });
  return { lines, awarded: fund - left, left };
}

/** The shortlist's proposed allocation under the call's rule, within its fund and number of awards. */
export const proposedOf = (call: Call, allocation: Allocation) =>
  allocate(allocation.shortlist.entries, call.fund.amount, call.awards, call.allocationRule);

const refuse = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError(`funding.allocation.${code}`, 'invalid', message, details);

/**
 * The approval of a call's awards: the proposed ones when none are given; any change (another proposal, another
 * amount) needs a written reason, and every award must be a shortlisted proposal's, at most what it asks for,
 * all within the fund and the call's number of awards. Each award is paid in one tranche per milestone.
 */
export function approvalOf(
  call: Call,
  allocation: Allocation,
  dto: { awards?: { proposalId: string; amount: number }[]; reason?: string },
  by: string,
  at: Date,
): NonNullable<Allocation['approval']> {
  const proposed = proposedOf(call, allocation);
  const funded = proposed.lines.filter((l) => l.decision === 'funded');
  const chosen = dto.awards ?? funded.map((l) => ({ proposalId: l.proposalId, amount: l.amount }));
  const entries = new Map(allocation.shortlist.entries.map((e) => [e.proposalId, e]));
  const seen = new Set<string>();
  for (const a of chosen) {
    const entry = entries.get(a.proposalId);
    if (!entry) throw refuse('not_shortlisted', `${a.proposalId} is not on the call's shortlist`);
    if (seen.has(a.proposalId)) throw refuse('duplicate', `${entry.title} is awarded twice`);
    seen.add(a.proposalId);
    if (a.amount > entry.requested)
      throw refuse(
        'over_requested',
        `${entry.title} asks for ${amountOf(entry.requested)}, less than ${amountOf(a.amount)}`,
      );
  }
  if (chosen.length > call.awards) throw refuse('too_many', `The call makes at most ${call.awards} awards`);
  const total = chosen.reduce((sum, a) => sum + a.amount, 0);
  if (total > call.fund.amount)
    throw refuse(
      'over_fund',
      `The awards add up to ${amountOf(total)}, over the fund of ${amountOf(call.fund.amount)}`,
      {
        total,
        fund: call.fund.amount,
      },
    );
  const key = (xs: readonly { proposalId: string; amount: number }[]) =>
    xs
      .map((x) => `${x.proposalId}=${x.amount}`)
      .toSorted()
      .join(',');
  const changed = key(chosen) !== key(funded);
  const reason = dto.reason?.trim() || null;
  if (changed && !reason)
    throw refuse('reason_required', 'Say why the awards differ from the proposed allocation');
  return {
    by,
    at: at.toISOString(),
    reason,
    changed,
    awards: chosen
      .map((a) => {
        const entry = entries.get(a.proposalId)!;
        return {
          proposalId: a.proposalId,
          amount: a.amount,
          rank: entry.rank,
          tranches: Math.max(1, entry.milestones),
        };
      })
      .toSorted((a, b) => a.rank - b.rank),
    proposed: proposed.lines.map((l) => ({
      proposalId: l.proposalId,
      decision: l.decision,
      reason: l.reason,
    })),
  };
}

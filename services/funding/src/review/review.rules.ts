import { programme } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import type { Call, RubricCriterion } from '../calls/call.ts';
import { type Proposal, requestedOf } from '../proposals/proposal.ts';
import type { CriterionScore } from './review.ts';

/** Spaces between thousands, as people read amounts: 4 800. */
export const amountOf = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const subjectName = (code: string) => programme().subjects.find((s) => s.code === code)?.name ?? code;
const iprcName = (code: string) => programme().host.institutions.find((i) => i.code === code)?.name ?? code;

/** Every eligibility rule of the call the proposal fails, one plain sentence each (mailed to the team). */
export function eligibilityFailures(call: Call, p: Proposal): string[] {
  const rules = call.eligibility;
  const failed: string[] = [];
  const trainees = p.team.filter((m) => m.role === 'trainee').length;
  if (trainees < rules.minTeam || trainees > rules.maxTeam)
    failed.push(
      `The team has ${plural(trainees, 'trainee')}; the call asks for ${rules.minTeam} to ${rules.maxTeam}.`,
    );
  if (rules.sectors.length > 0 && !rules.sectors.includes(p.sector))
    failed.push(
      `The sector ${subjectName(p.sector)} is not one the call takes (${rules.sectors.map(subjectName).join(', ')}).`,
    );
  if (rules.iprcs.length > 0 && !rules.iprcs.includes(p.iprc))
    failed.push(
      `${iprcName(p.iprc)} is not one of the IPRCs the call takes (${rules.iprcs.map(iprcName).join(', ')}).`,
    );
  if (p.milestones.length < rules.minMilestones)
    failed.push(
      `The plan has ${plural(p.milestones.length, 'milestone')}; the call asks for at least ${rules.minMilestones}.`,
    );
  const requested = requestedOf(p);
  if (requested > call.ceiling)
    failed.push(
      `It asks for ${amountOf(requested)} ${p.currency}, over the call's ceiling of ${amountOf(call.ceiling)} ${call.fund.currency}.`,
    );
  return failed;
}

/** The outcome of the qualifying round: the rules decide, the manager may only add reasons or disqualify. */
export function screeningOf(failed: string[], qualified: boolean | undefined, reasons: string[] = []) {
  const outcome = qualified ?? failed.length === 0;
  if (outcome && failed.length > 0)
    throw new DomainError(
      'funding.review.rules_failed',
      'conflict',
      'A proposal that fails an eligibility rule cannot be qualified',
      { failed },
    );
  if (!outcome && failed.length === 0 && reasons.length === 0)
    throw new DomainError(
      'funding.review.reason_required',
      'invalid',
      'Say why the proposal is disqualified',
    );
  return { qualified: outcome, reasons: [...failed, ...reasons.map((r) => r.trim())] };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A member's scores checked against the rubric (every criterion once, a whole number from 0 to its max), and
 * their weighted total, 0–100: Σ weight × score / max.
 */
export function weighted(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[]) {
  const problems: string[] = [];
  const given = new Map<string, number>();
  for (const { criterion, score } of scores) {
    const c = rubric.find((r) => r.key === criterion);
    if (!c) problems.push(`${criterion}: not a criterion of the call's rubric`);
    else if (given.has(criterion)) problems.push(`${criterion}: scored twice`);
    else if (!Number.isInteger(score) || score < 0 || score > c.max)
      problems.push(`${criterion}: a whole number from 0 to ${c.max}`);
    given.set(criterion, score);
  }
  for (const c of rubric) if (!given.has(c.key)) problems.push(`${c.key}: not scored`);
  if (problems.length > 0)
    throw new DomainError('funding.review.scores_invalid', 'invalid', 'The scores do not fit the rubric', {
      problems,
    });
  const ordered = rubric.map((c) => ({ criterion: c.key, score: given.get(c.key)! }));
  const total = rubric.reduce((sum, c) => sum + (c.weight * given.get(c.key)!) / c.max, 0);
  return { scores: ordered, total: round2(total) };
}

/** Members' totals further apart than this (points of 100) flag a disagreement for the committee to discuss. */
export const DISAGREEMENT_POINTS = 20;
export const DISAGREEMENT_RULE = `Flagged when the members' weighted totals of a proposal differ by more than ${DISAGREEMENT_POINTS} points (of 100).`;

/** The mean of the members' totals, the spread between the highest and lowest, and whether they disagree. */
export function consensusOf(totals: readonly number[]) {
  if (totals.length === 0) return { mean: null, spread: null, disagreement: false };
  const mean = round2(totals.reduce((a, b) => a + b, 0) / totals.length);
  const spread = round2(Math.max(...totals) - Math.min(...totals));
  return { mean, spread, disagreement: spread > DISAGREEMENT_POINTS };
}

export interface Rankable {
  proposalId: string;
  mean: number | null;
  jobsExpected: number;
  submittedAt?: string;
}

/**
 * The committee's ranking of the scored proposals: by mean weighted score, ties broken by more jobs expected,
 * then the earlier submission (then the id, so that it is total). Unscored ones are not ranked.
 */
export function rank<T extends Rankable>(items: readonly T[]): (T & { rank: number })[] {
  return items
    .filter((i) => i.mean !== null)
    .toSorted(
      (a, b) =>
        b.mean! - a.mean! ||
        b.jobsExpected - a.jobsExpected ||
        (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') ||
        a.proposalId.localeCompare(b.proposalId),
    )
    .map((item, i) => ({ ...item, rank: i + 1 }));
}

/** The reference every event about a proposal carries. */
export const refOf = (proposalId: string, p: Proposal) => ({
  proposalId,
  callId: p.callId,
  totId: p.totId,
  iprc: p.iprc,
  sector: p.sector,
  leadId: p.leadId,
  title: p.title,
});

/** What investors may see of a proposal before they express interest (no names, no budget lines). */
export const teaserOf = (proposalId: string, p: Proposal) => ({
  ...refOf(proposalId, p),
  summary: p.summary,
  requested: { amount: requestedOf(p), currency: p.currency },
  jobsExpected: p.jobsExpected,
});

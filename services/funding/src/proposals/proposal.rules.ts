import { randomUUID } from 'node:crypto';
import type { ProposalSubmittedV1 } from '@ikiraro/contracts';
import { DomainError } from '@ikiraro/service-defaults';
import type { Call } from '../calls/call.ts';
import {
  type BudgetLine,
  type Milestone,
  type Proposal,
  type ProposalStatus,
  requestedOf,
  type TeamMember,
} from './proposal.ts';

/** The invitee a team request comes from (calls/invitation.ts holds the whole state). */
export interface Invitee {
  callId: string;
  totId: string;
  iprc: string;
  role: 'trainee' | 'trainer';
  personId: string;
  sex?: string;
}

/** Genders the submitted event counts a trainee under when the team never said. */
const UNSAID = 'prefer-not-to-say';

/** What a team may change while its proposal is a draft (every field optional: a phone saves as it goes). */
export interface DraftChange {
  title?: string;
  summary?: string;
  problem?: string;
  localNeed?: string;
  solution?: string;
  sector?: string;
  jobsExpected?: number;
  budget?: BudgetLine[];
  milestones?: (Omit<Milestone, 'id'> & { id?: string })[];
  leadId?: string;
}

export const memberOf = (p: Invitee): TeamMember => ({
  personId: p.personId,
  role: p.role,
  ...(p.sex ? { sex: p.sex } : {}),
});

/** The team as stored, joined by the invitees found since (a ToT's later certificates); by person, ordered. */
export function mergeTeam(stored: readonly TeamMember[], found: readonly TeamMember[]): TeamMember[] {
  const byPerson = new Map(stored.map((m) => [m.personId, m]));
  for (const m of found) byPerson.set(m.personId, m);
  return [...byPerson.values()].sort(
    (a, b) => a.role.localeCompare(b.role) || a.personId.localeCompare(b.personId),
  );
}

const traineesOf = (team: readonly TeamMember[]) => team.filter((m) => m.role === 'trainee');

/** The empty draft a team finds on its first visit; its lead is the first trainee to open it. */
export function emptyDraft(call: Call, opener: Invitee, team: TeamMember[]): Proposal {
  const lead = opener.role === 'trainee' ? opener.personId : (traineesOf(team)[0]?.personId ?? '');
  return {
    callId: opener.callId,
    totId: opener.totId,
    iprc: opener.iprc,
    team,
    leadId: lead,
    title: '',
    summary: '',
    problem: '',
    localNeed: '',
    solution: '',
    sector: '',
    currency: call.fund.currency,
    budget: [],
    jobsExpected: 0,
    milestones: [],
    attachments: [],
    status: 'draft',
  };
}

/** The draft with the team's change; a field absent stays as it was. Refused once submitted. */
export function applyDraft(p: Proposal, change: DraftChange): Proposal {
  assertDraft(p);
  if (change.leadId !== undefined && !traineesOf(p.team).some((m) => m.personId === change.leadId))
    throw new DomainError(
      'funding.proposal.lead_not_trainee',
      'invalid',
      'The lead must be a trainee of the team',
    );
  const { milestones, ...rest } = change;
  // A DTO instance has every declared field, the absent ones undefined: only those sent replace the saved ones.
  const sent = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const next: Proposal = { ...p, ...sent };
  if (milestones) {
    const ids = milestones.map((m) => m.id).filter((id): id is string => id !== undefined);
    if (new Set(ids).size !== ids.length)
      throw new DomainError('funding.proposal.milestone_ids', 'invalid', 'Two milestones have the same id');
    next.milestones = milestones.map((m) => ({
      id: m.id ?? randomUUID(),
      title: m.title,
      due: m.due,
      amount: m.amount,
    }));
  }
  return next;
}

export function assertDraft(p: Proposal) {
  if (p.status !== 'draft')
    throw new DomainError(
      'funding.proposal.submitted_already',
      'conflict',
      'The proposal is submitted already',
    );
}

/** Spaces between thousands, as the team reads amounts: 4 800. */
const amount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** Everything still missing or wrong for a submission, one line each, in the form's order; empty when complete. */
export function missingOf(p: Proposal): string[] {
  const missing: string[] = [];
  const texts = ['title', 'summary', 'problem', 'localNeed', 'solution', 'sector'] as const;
  for (const field of texts) if (!p[field].trim()) missing.push(`${field}: required`);
  if (p.budget.length === 0) missing.push('budget: at least one line');
  else if (requestedOf(p) <= 0) missing.push('budget: the total must be more than 0');
  if (p.milestones.length === 0) missing.push('milestones: at least one');
  else {
    const paid = p.milestones.reduce((sum, m) => sum + m.amount, 0);
    if (p.budget.length > 0 && paid !== requestedOf(p))
      missing.push(`milestones: amounts add up to ${amount(paid)}, the budget to ${amount(requestedOf(p))}`);
  }
  if (!traineesOf(p.team).some((m) => m.personId === p.leadId)) missing.push('leadId: a trainee of the team');
  return missing;
}

/** Why a submission is refused now (call, clock, content, ceiling), or nothing. */
export function assertSubmittable(p: Proposal, call: Call, now: Date) {
  assertDraft(p);
  assertOpen(call, now);
  const missing = missingOf(p);
  if (missing.length > 0)
    throw new DomainError('funding.proposal.incomplete', 'invalid', 'The proposal is not complete', {
      missing,
    });
  const requested = requestedOf(p);
  if (requested > call.ceiling)
    throw new DomainError(
      'funding.proposal.over_ceiling',
      'invalid',
      `The budget (${amount(requested)}) is over the call's ceiling (${amount(call.ceiling)})`,
      { requested, ceiling: call.ceiling },
    );
}

/** A team may change its proposal only while the call is open and its deadline not passed (server time). */
export function assertOpen(call: Call, now: Date) {
  if (call.status !== 'open')
    throw new DomainError('funding.call.not_open', 'conflict', 'The call is not open for proposals');
  if (now.getTime() > Date.parse(call.deadline))
    throw new DomainError('funding.call.deadline_passed', 'conflict', "The call's deadline has passed");
}

/** The submitted event: the proposal's reference, what it asks for, its trainees counted by sex. */
export function submittedOf(id: string, p: Proposal): ProposalSubmittedV1 {
  const counts = new Map<string, number>();
  for (const m of traineesOf(p.team)) counts.set(m.sex ?? UNSAID, (counts.get(m.sex ?? UNSAID) ?? 0) + 1);
  return {
    ...refOf(id, p),
    requested: { amount: requestedOf(p), currency: p.currency },
    jobsExpected: p.jobsExpected,
    team: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([sex, count]) => ({ sex, count })),
  };
}

export const refOf = (id: string, p: Proposal) => ({
  proposalId: id,
  callId: p.callId,
  totId: p.totId,
  iprc: p.iprc,
  sector: p.sector,
  leadId: p.leadId,
  title: p.title,
});

/** How far along a status is: review's events move a proposal forward only, whatever order they arrive in. */
const stage: Record<ProposalStatus, number> = {
  draft: 0,
  submitted: 1,
  qualified: 2,
  disqualified: 2,
  shortlisted: 3,
  awarded: 4,
  'not-awarded': 4,
};

/** Whether news of `next` still applies: not once the proposal is past that stage (a late screening, say). */
export const mayMove = (current: ProposalStatus, next: ProposalStatus) => stage[next] >= stage[current];

import { programme } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import type { Call, CommitteeMember, EligibilityRules, RubricCriterion } from './call.ts';
import type { CallChangeDto, CallDraftDto } from './call.dto.ts';

/** The committee's rubric unless the manager gives another (ADR 17): weights add up to 100, each scored 0–10. */
export const DEFAULT_RUBRIC: RubricCriterion[] = [
  { key: 'relevance', label: 'Relevance to the local need', weight: 30, max: 10 },
  { key: 'feasibility', label: 'Feasibility', weight: 25, max: 10 },
  { key: 'impact', label: 'Impact and jobs', weight: 25, max: 10 },
  { key: 'budget', label: 'Budget', weight: 20, max: 10 },
];

export const DEFAULT_ELIGIBILITY: EligibilityRules = {
  minTeam: 2,
  maxTeam: 10,
  sectors: [],
  iprcs: [],
  minMilestones: 1,
};

const invalid = (code: string, message: string) =>
  new DomainError(`funding.call.${code}`, 'invalid', message);

/** A new draft: the defaults filled in, then checked as a whole. */
export function draft(dto: CallDraftDto, now: Date): Call {
  return checked(
    {
      title: dto.title,
      description: dto.description,
      status: 'draft',
      deadline: new Date(dto.deadline).toISOString(),
      rounds: { ...dto.rounds },
      fund: { ...dto.fund },
      ceiling: dto.ceiling,
      awards: dto.awards ?? programme().targets.awards,
      eligibility: { ...DEFAULT_ELIGIBILITY, ...dto.eligibility },
      rubric: dto.rubric ? dto.rubric.map((c) => ({ ...c })) : DEFAULT_RUBRIC,
      allocationRule: dto.allocationRule ?? 'skip',
      committee: dto.committee ? committeeOf(dto.committee) : [],
      totIds: [],
    },
    now,
  );
}

/** A draft changed: only a draft; the result checked as a whole. */
export function change(call: Call, dto: CallChangeDto, now: Date): Call {
  assertDraft(call);
  return checked(
    {
      ...call,
      ...(dto.title !== undefined && { title: dto.title }),
      ...(dto.description !== undefined && { description: dto.description }),
      ...(dto.deadline !== undefined && { deadline: new Date(dto.deadline).toISOString() }),
      ...(dto.rounds && { rounds: { ...dto.rounds } }),
      ...(dto.fund && { fund: { ...dto.fund } }),
      ...(dto.ceiling !== undefined && { ceiling: dto.ceiling }),
      ...(dto.awards !== undefined && { awards: dto.awards }),
      ...(dto.eligibility && { eligibility: { ...call.eligibility, ...dto.eligibility } }),
      ...(dto.rubric && { rubric: dto.rubric.map((c) => ({ ...c })) }),
      ...(dto.allocationRule && { allocationRule: dto.allocationRule }),
      ...(dto.committee && { committee: committeeOf(dto.committee) }),
    },
    now,
  );
}

/** The committee replaced: while the call is a draft or open (not once review has begun). */
export function seatCommittee(call: Call, members: CommitteeMember[]): Call {
  if (call.status === 'closed')
    throw new DomainError('funding.call.closed', 'conflict', 'The call is closed: its committee is set');
  return { ...call, committee: committeeOf(members) };
}

/** Draft → open, inviting the teams of these finished ToTs; the deadline must still be ahead. */
export function open(call: Call, totIds: string[], now: Date): Call {
  assertDraft(call);
  if (Date.parse(call.deadline) <= now.getTime())
    throw new DomainError(
      'funding.call.deadline_passed',
      'conflict',
      'The deadline has passed: change it first',
    );
  if (totIds.length === 0)
    throw new DomainError('funding.call.no_cohort', 'conflict', 'No ToT has finished yet: nobody to invite');
  return { ...call, status: 'open', totIds: [...totIds], openedAt: now.toISOString() };
}

/** Open → closed: no more submissions. */
export function close(call: Call, now: Date): Call {
  assertOpen(call);
  return { ...call, status: 'closed', closedAt: now.toISOString() };
}

export function assertDraft(call: Call) {
  if (call.status !== 'draft')
    throw new DomainError(
      'funding.call.not_draft',
      'conflict',
      `The call is ${call.status}, no longer a draft`,
    );
}

export function assertOpen(call: Call) {
  if (call.status !== 'open')
    throw new DomainError('funding.call.not_open', 'conflict', `The call is ${call.status}, not open`);
}

/** Takes submissions: open, and its deadline not passed. */
export const takesSubmissions = (call: Call, now: Date) =>
  call.status === 'open' && Date.parse(call.deadline) > now.getTime();

/** One seat per account, in the order given. */
const committeeOf = (members: readonly CommitteeMember[]): CommitteeMember[] => [
  ...new Map(members.map((m) => [m.accountId, { accountId: m.accountId, name: m.name }])).values(),
];

/** What no single field's rule can see: dates in order, ceiling within the fund, a rubric adding up. */
function checked(call: Call, now: Date): Call {
  const deadline = Date.parse(call.deadline);
  if (deadline <= now.getTime()) throw invalid('deadline_passed', 'The deadline must be in the future');
  const { qualifyingEnds, scoringEnds } = call.rounds;
  if (Date.parse(qualifyingEnds) < deadline || scoringEnds < qualifyingEnds)
    throw invalid('rounds_order', 'The qualifying round ends after the deadline, and scoring after it');
  if (call.ceiling > call.fund.amount)
    throw invalid('ceiling_above_fund', 'The ceiling is more than the fund');
  const { minTeam, maxTeam } = call.eligibility;
  if (minTeam > maxTeam) throw invalid('team_size', 'The smallest team is larger than the largest');
  const keys = new Set(call.rubric.map((c) => c.key));
  if (keys.size !== call.rubric.length)
    throw invalid('rubric_keys', 'Each criterion of the rubric has its own key');
  const total = call.rubric.reduce((sum, c) => sum + c.weight, 0);
  if (total !== 100) throw invalid('rubric_weights', `The rubric's weights add up to ${total}, not 100`);
  return call;
}

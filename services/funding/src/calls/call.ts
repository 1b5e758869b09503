import type { Money } from '@ikiraro/contracts';

/** A call for pilot proposals (aggregate `call`, projection `calls`), owned by the calls feature. */
export const CALL = 'call';

/** One criterion of the committee's rubric: scored 0–`max`, weighted; the weights of a rubric add up to 100. */
export interface RubricCriterion {
  key: string;
  label: string;
  weight: number;
  max: number;
}

/** What a proposal must be to pass the qualifying round; each rule failed is one reason mailed to the team. */
export interface EligibilityRules {
  /** Trainees in the team, at least and at most. */
  minTeam: number;
  maxTeam: number;
  /** Sectors (programme subject codes) and IPRCs the call takes; empty: any. */
  sectors: string[];
  iprcs: string[];
  /** Milestones a proposal must have, at least (each pays one tranche). */
  minMilestones: number;
}

/**
 * How allocation walks the ranking (ADR 17): best first, each award fully funded; a proposal that no longer fits
 * what is left of the fund is skipped ('skip', the next may still fit) or ends the allocation ('stop').
 */
export type AllocationRule = 'skip' | 'stop';

export interface CommitteeMember {
  /** The gateway account id (a reviewer from `GET /reviewers`). */
  accountId: string;
  name: string;
}

export interface Call {
  title: string;
  description: string;
  status: 'draft' | 'open' | 'closed';
  /** Submissions are refused after it (ISO 8601 date-time). */
  deadline: string;
  /** The rounds after it: the qualifying round and the committee's scoring end by these dates (ISO 8601 dates). */
  rounds: { qualifyingEnds: string; scoringEnds: string };
  fund: Money;
  /** The most one proposal may ask for, in the fund's currency. */
  ceiling: number;
  /** Awards at most; the programme definition's `targets.awards` unless the manager says otherwise. */
  awards: number;
  eligibility: EligibilityRules;
  rubric: RubricCriterion[];
  allocationRule: AllocationRule;
  committee: CommitteeMember[];
  /** The finished ToTs invited (set when the call opens, grown as more ToTs finish while it is open). */
  totIds: string[];
  openedAt?: string;
  closedAt?: string;
}

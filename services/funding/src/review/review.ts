import { accountPerson } from '@ikiraro/contracts';
import type { PersonalState } from '@ikiraro/messaging';

/**
 * The review feature's aggregates. A proposal's review outcome (`screening`, id = the proposal's id) carries the
 * events about that proposal (screened, shortlisted, awarded), so their subject is the proposal, as the
 * contracts say; a member's score and conflict are one aggregate each per (proposal, member); the call's
 * allocation (id = the call's id) is the shortlist and its approval, each made once.
 */
export const SCREENING = 'screening';
export const SCORE = 'score';
export const CONFLICT = 'conflict';
export const ALLOCATION = 'allocation';

/** A member's record on a proposal (score, conflict): one per proposal and gateway account. */
export const memberRecordId = (proposalId: string, accountId: string) => `${proposalId}:${accountId}`;

export interface Screening {
  callId: string;
  qualified: boolean;
  /** Every eligibility rule failed, in plain words, then the manager's own reasons. */
  reasons: string[];
  /** The account that screened it, and when (ISO 8601). */
  by: string;
  at: string;
  /** Set when the shortlist takes it (its event written with it). */
  shortlist?: { rank: number; score: number };
  /** Set when the approved allocation funds it (its event written with it). */
  award?: { amount: number; rank: number; tranches: number };
}

export interface CriterionScore {
  criterion: string;
  score: number;
}

/** A committee member's rubric scores of one qualified proposal; name and comment sealed for the member. */
export interface Score {
  proposalId: string;
  callId: string;
  memberId: string;
  name: string | null;
  scores: CriterionScore[];
  /** Σ weight × score / max, 0–100, two decimals. */
  total: number;
  comment: string | null;
  at: string;
}

/** A member's declared conflict of interest: they do not score the proposal, and are shown as recused. */
export interface Conflict {
  proposalId: string;
  callId: string;
  memberId: string;
  name: string | null;
  reason: string | null;
  at: string;
}

/** One proposal of the shortlist, with what allocation needs of it. */
export interface ShortlistEntry {
  proposalId: string;
  title: string;
  rank: number;
  /** Mean weighted score, two decimals. */
  score: number;
  requested: number;
  jobsExpected: number;
  milestones: number;
}

export interface ApprovedAward {
  proposalId: string;
  amount: number;
  rank: number;
  tranches: number;
}

/** The call's shortlist (who made it, when) and, once approved, the awards with who approved them and why. */
export interface Allocation {
  callId: string;
  shortlist: { size: number; by: string; at: string; entries: ShortlistEntry[] };
  approval?: {
    by: string;
    at: string;
    /** Required when the awards differ from the proposed allocation. */
    reason: string | null;
    changed: boolean;
    awards: ApprovedAward[];
    /** The proposed allocation's lines, as they stood when approved. */
    proposed: { proposalId: string; decision: string; reason: string }[];
  };
}

const memberSealed = (fields: string[]): PersonalState<{ memberId: string }> => ({
  person: (state) => accountPerson(state.memberId),
  fields,
});

export const scorePersonal = memberSealed(['name', 'comment']);
export const conflictPersonal = memberSealed(['name', 'reason']);

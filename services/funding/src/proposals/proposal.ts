import { createHash } from 'node:crypto';

/** A team's pilot proposal to a call (aggregate `proposal`, projection `proposals`), owned by the proposals feature. */
export const PROPOSAL = 'proposal';

/** One team per ToT and call, so one proposal: its id follows from both (22 characters). */
export const proposalIdOf = (callId: string, totId: string) =>
  createHash('sha256').update(`${callId}\n${totId}`).digest('base64url').slice(0, 22);

export interface BudgetLine {
  item: string;
  quantity: number;
  /** In the call's currency, whole units; a line's total is quantity × unitCost (computed, never sent). */
  unitCost: number;
}

/** A milestone pays one tranche of the award: its amount, when the team reports it done and staff approve it. */
export interface Milestone {
  id: string;
  title: string;
  /** ISO 8601 date. */
  due: string;
  amount: number;
}

export interface Attachment {
  id: string;
  name: string;
  bytes: number;
  /** When it was attached (ISO 8601). */
  at: string;
}

/**
 * Someone of the team: a certified trainee of the ToT, or its trainer (the team's mentor). Names and addresses
 * are not here: each person's invitation holds them, sealed for that person (calls/invitation.ts), so erasing
 * one person leaves the team's proposal readable.
 */
export interface TeamMember {
  personId: string;
  role: 'trainee' | 'trainer';
  /** A code of the programme's genders (trainees; reporting counts teams by sex). */
  sex?: string;
}

export type ProposalStatus =
  'draft' | 'submitted' | 'qualified' | 'disqualified' | 'shortlisted' | 'awarded' | 'not-awarded';

export interface Proposal {
  callId: string;
  totId: string;
  iprc: string;
  team: TeamMember[];
  /** A trainee of the team (the first to open the invitation unless the team names another). */
  leadId: string;
  title: string;
  /** A short public summary: what investors see first (the teaser). */
  summary: string;
  problem: string;
  localNeed: string;
  solution: string;
  /** A code of the programme's subjects. */
  sector: string;
  currency: string;
  budget: BudgetLine[];
  jobsExpected: number;
  milestones: Milestone[];
  attachments: Attachment[];
  status: ProposalStatus;
  submittedAt?: string;
  /** The qualifying round's outcome. */
  screening?: { qualified: boolean; reasons: string[] };
  /** The committee's ranking, once shortlisted. */
  shortlist?: { rank: number; score: number };
  /** The award, once the committee approved it (the money in the call's currency). */
  award?: { amount: number; rank: number; tranches: number };
}

/** The budget's total: what the proposal asks of the fund. */
export const requestedOf = (p: Pick<Proposal, 'budget'>) =>
  p.budget.reduce((sum, line) => sum + line.quantity * line.unitCost, 0);

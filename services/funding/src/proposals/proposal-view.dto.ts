import type { ProposalStatus } from './proposal.ts';

export class BudgetLineView {
  item!: string;
  quantity!: number;
  unitCost!: number;
  /** quantity × unitCost. */
  total!: number;
}

export class MilestoneView {
  id!: string;
  title!: string;
  due!: string;
  amount!: number;
}

export class ProposalAttachmentView {
  id!: string;
  name!: string;
  bytes!: number;
  at!: string;
}

export class TeamMemberView {
  personId!: string;
  role!: 'trainee' | 'trainer';
  /** Null once the person's data is erased. */
  name!: string | null;
}

export class ScreeningView {
  qualified!: boolean;
  reasons!: string[];
}

/** A proposal, whole: what the team edits and what staff and the committee read. */
export class ProposalView {
  id!: string;
  callId!: string;
  totId!: string;
  iprc!: string;
  status!: ProposalStatus;
  title!: string;
  summary!: string;
  problem!: string;
  localNeed!: string;
  solution!: string;
  sector!: string;
  currency!: string;
  jobsExpected!: number;
  budget!: BudgetLineView[];
  /** The budget's total: what the proposal asks of the fund. */
  requested!: number;
  /** The most the call gives one proposal. */
  ceiling!: number;
  /** Submissions close then (ISO 8601). */
  deadline!: string;
  milestones!: MilestoneView[];
  attachments!: ProposalAttachmentView[];
  leadId!: string;
  team!: TeamMemberView[];
  /** What a submission still lacks, one line each; empty when it may be submitted. */
  missing!: string[];
  submittedAt?: string;
  screening?: ScreeningView;
}

/** A row of a call's list of proposals. */
export class ProposalSummaryView {
  id!: string;
  status!: ProposalStatus;
  title!: string;
  sector!: string;
  iprc!: string;
  totId!: string;
  requested!: number;
  currency!: string;
  submittedAt?: string;
}

export class ProposalListView {
  items!: ProposalSummaryView[];
}

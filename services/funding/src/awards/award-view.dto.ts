import type { MilestoneStatus } from './award.ts';

export class EvidenceView {
  id!: string;
  name!: string;
  bytes!: number;
  at!: string;
}

export class FiguresView {
  jobsCreated!: number;
  traineesInvolved?: number;
  other?: string;
}

export class MilestoneReportView {
  narrative!: string;
  figures!: FiguresView;
  evidence!: string[];
  at!: string;
}

export class TranchePaymentView {
  date!: string;
  amount!: number;
  reference!: string;
}

export class AwardMilestoneView {
  id!: string;
  title!: string;
  due!: string;
  /** Its tranche. */
  amount!: number;
  status!: MilestoneStatus;
  evidence!: EvidenceView[];
  report?: MilestoneReportView;
  /** Why staff returned the last report (the team fixes it and reports again). */
  returned?: { reason: string; at: string };
  approvedAt?: string;
  payment?: TranchePaymentView;
}

export class LedgerPaymentView extends TranchePaymentView {
  milestoneId!: string;
}

/** What was awarded, approved for release and paid; paid + outstanding = awarded. */
export class LedgerView {
  awarded!: number;
  released!: number;
  paid!: number;
  outstanding!: number;
  payments!: LedgerPaymentView[];
}

export class NextMilestoneView {
  id!: string;
  title!: string;
  due!: string;
  status!: MilestoneStatus;
}

export class AwardSummaryView {
  id!: string;
  callId!: string;
  title!: string;
  iprc!: string;
  sector!: string;
  currency!: string;
  awarded!: number;
  paid!: number;
  /** The first milestone not paid; null once all are. */
  next!: NextMilestoneView | null;
}

export class AwardListView {
  items!: AwardSummaryView[];
}

export class AwardView {
  id!: string;
  callId!: string;
  totId!: string;
  title!: string;
  iprc!: string;
  sector!: string;
  currency!: string;
  rank!: number;
  awardedAt!: string;
  milestones!: AwardMilestoneView[];
  ledger!: LedgerView;
  /** The pilot's mentor, once staff paired one. */
  mentor?: PairedMentorView;
}

export class MentorSuggestionView {
  memberId!: string;
  /** Null once the member's data is erased. */
  name!: string | null;
  subjects!: string[];
  /** 3 for the sector among their subjects, 1 for a close subject, 0.5 more for another sector the call funds. */
  score!: number;
  reasons!: string[];
}

export class MentorSuggestionListView {
  items!: MentorSuggestionView[];
}

export class PairedMentorView {
  memberId!: string;
  /** Their name as outreach knows it; null once they withdrew their consent or were erased. */
  name!: string | null;
  reasons!: string[];
  at!: string;
  /** Why staff changed the mentor, when they did. */
  why?: string;
}

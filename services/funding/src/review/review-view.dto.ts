import { type MoneyView, type RubricCriterionView } from '../calls/call-view.dto.ts';
import type { LineDecision } from './allocation.rules.ts';

export class CriterionScoreView {
  criterion!: string;
  score!: number;
}

export class ScreeningOutcomeView {
  proposalId!: string;
  qualified!: boolean;
  /** Every eligibility rule failed, in plain words, then the manager's reasons: mailed to the team. */
  reasons!: string[];
  at!: string;
}

export class ConflictView {
  proposalId!: string;
  memberId!: string;
  reason!: string;
  at!: string;
}

export class OwnScoreView {
  proposalId!: string;
  scores!: CriterionScoreView[];
  /** Weighted total, 0–100: Σ weight × score / max. */
  total!: number;
  comment!: string | null;
  at!: string;
}

export class MemberScoreView {
  memberId!: string;
  /** Null once the member's data is erased. */
  name!: string | null;
  scores!: CriterionScoreView[];
  total!: number;
  comment!: string | null;
}

export class RecusalView {
  memberId!: string;
  name!: string | null;
  /** Shown to whoever sees the proposal's scores. */
  reason!: string | null;
}

export class ReviewItemView {
  proposalId!: string;
  title!: string;
  sector!: string;
  iprc!: string;
  requested!: number;
  jobsExpected!: number;
  submittedAt!: string | null;
  /** The caller's own score, if they gave one. */
  mine!: OwnScoreView | null;
  /** Whether the caller declared a conflict on it (then they do not score it). */
  recused!: boolean;
  /** Whether the others' scores are shown: once the caller's own score or recusal is in (staff: always). */
  visible!: boolean;
  /** Every counted member's score; null while hidden. */
  scores!: MemberScoreView[] | null;
  /** Mean weighted total, and the spread between the highest and lowest; null while hidden or unscored. */
  mean!: number | null;
  spread!: number | null;
  /** The members disagree (see `disagreementRule`); null while hidden. */
  disagreement!: boolean | null;
  /** Place in the ranking (null while hidden or unscored). */
  rank!: number | null;
  scoreCount!: number;
  recusalCount!: number;
  recusals!: RecusalView[];
}

export class ReviewBoardView {
  callId!: string;
  title!: string;
  rubric!: RubricCriterionView[];
  committee!: number;
  /** The rule behind `disagreement`, in words. */
  disagreementRule!: string;
  /** How the ranking is made, in words. */
  rankingRule!: string;
  /** Submitted proposals not screened yet, and those disqualified. */
  unscreened!: number;
  disqualified!: number;
  shortlisted!: boolean;
  /** The qualified proposals, best ranked first (hidden ones after, by title). */
  items!: ReviewItemView[];
}

export class ShortlistEntryView {
  proposalId!: string;
  title!: string;
  rank!: number;
  /** Mean weighted score, 0–100. */
  score!: number;
  requested!: number;
  jobsExpected!: number;
}

export class ShortlistView {
  callId!: string;
  size!: number;
  entries!: ShortlistEntryView[];
}

export class AllocationLineView {
  proposalId!: string;
  title!: string;
  rank!: number;
  score!: number;
  requested!: number;
  decision!: LineDecision;
  /** What the proposed allocation gives it (0 unless funded). */
  amount!: number;
  /** The decision in words: "funded: 4 800 of 12 000 left", "skipped: asks 9 000, 7 200 left". */
  reason!: string;
}

export class ApprovedAwardView {
  proposalId!: string;
  amount!: number;
  rank!: number;
  /** Paid in this many tranches, one per milestone. */
  tranches!: number;
}

export class ApprovalView {
  /** The approving account. */
  by!: string;
  at!: string;
  /** Whether the awards differ from the proposed allocation (then `reason` says why). */
  changed!: boolean;
  reason!: string | null;
  awards!: ApprovedAwardView[];
  awarded!: number;
}

export class AllocationView {
  callId!: string;
  rule!: 'skip' | 'stop';
  /** The rule in words. */
  ruleText!: string;
  fund!: MoneyView;
  awardsAtMost!: number;
  /** The proposed allocation, one line per shortlisted proposal, best rank first. */
  lines!: AllocationLineView[];
  awarded!: number;
  left!: number;
  approval!: ApprovalView | null;
}

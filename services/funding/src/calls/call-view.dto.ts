import type { AllocationRule } from './call.ts';

export class MoneyView {
  amount!: number;
  currency!: string;
}

export class RoundsView {
  qualifyingEnds!: string;
  scoringEnds!: string;
}

export class EligibilityView {
  minTeam!: number;
  maxTeam!: number;
  sectors!: string[];
  iprcs!: string[];
  minMilestones!: number;
}

export class RubricCriterionView {
  key!: string;
  label!: string;
  weight!: number;
  max!: number;
}

export class CommitteeMemberView {
  accountId!: string;
  name!: string;
}

/** A row of the list of calls. */
export class CallSummaryView {
  id!: string;
  title!: string;
  status!: 'draft' | 'open' | 'closed';
  deadline!: string;
  fund!: MoneyView;
  ceiling!: number;
  awards!: number;
  /** The finished ToTs invited. */
  tots!: number;
}

export class CallListView {
  items!: CallSummaryView[];
}

export class CallView extends CallSummaryView {
  description!: string;
  rounds!: RoundsView;
  eligibility!: EligibilityView;
  rubric!: RubricCriterionView[];
  allocationRule!: AllocationRule;
  committee!: CommitteeMemberView[];
  totIds!: string[];
  openedAt!: string | null;
  closedAt!: string | null;
}

export class CohortBySexView {
  sex!: string;
  count!: number;
}

/** A finished ToT: its team may be invited to a call. */
export class CohortView {
  totId!: string;
  iprc!: string;
  /** The professional who trained them (null once erased). */
  trainer!: string | null;
  trainees!: number;
  bySex!: CohortBySexView[];
  certifiedAt!: string | null;
}

export class CohortListView {
  items!: CohortView[];
}

export class InviteeView {
  invitationId!: string;
  role!: 'trainee' | 'trainer';
  personId!: string;
  /** Null once the person is erased. */
  name!: string | null;
  /** The invitation was mailed (the person gave an address); else their trainer hands the link out. */
  mailed!: boolean;
}

export class InvitedTotView {
  totId!: string;
  iprc!: string;
  people!: InviteeView[];
}

export class InvitationListView {
  callId!: string;
  tots!: InvitedTotView[];
}

/** What a team sees of the call it is invited to. */
export class PublicCallView {
  id!: string;
  title!: string;
  description!: string;
  status!: 'draft' | 'open' | 'closed';
  deadline!: string;
  ceiling!: number;
  currency!: string;
  rubric!: RubricCriterionView[];
  eligibility!: EligibilityView;
}

export class TeamMateView {
  role!: 'trainee' | 'trainer';
  name!: string | null;
}

export class PublicInvitationView {
  call!: PublicCallView;
  /** Whom the link is for. */
  invitee!: TeamMateView;
  /** Everyone of the ToT invited to the call, the invitee included. */
  team!: TeamMateView[];
}

import { type BudgetLineView } from '../proposals/proposal-view.dto.ts';
import type { Instrument, MatchStage } from '@ikiraro/contracts';
import { type MoneyView } from '../calls/call-view.dto.ts';
import { type InvestorInterestsDto } from './investor.dto.ts';

export class InvestorSignUpAcceptedView {
  /** Always this when accepted, also for an address that signed up before: the form reveals nothing. */
  status!: 'verification-sent';
}

export class InvestorVerifiedView {
  status!: 'verified';
}

/** The investor's own profile. */
export class InvestorProfileView {
  investorId!: string;
  organisation!: string;
  /** The contact person; null once erased. */
  name!: string | null;
  email!: string | null;
  locale!: string;
  interests!: InvestorInterestsDto;
  verifiedAt!: string | null;
}

/** What an investor sees of a proposal before expressing interest: no names, no budget lines. */
export class TeaserView {
  proposalId!: string;
  callId!: string;
  title!: string;
  summary!: string;
  /** A code of the programme's subjects. */
  sector!: string;
  /** A code of the programme's institutions. */
  iprc!: string;
  requested!: MoneyView;
  jobsExpected!: number;
}

export class MatchView extends TeaserView {
  matchId!: string;
  stage!: MatchStage;
  /** Why it matches, one line per interest. */
  reasons!: string[];
  matchedAt!: string;
  interestExpressed!: boolean;
}

export class InvestorMatchesView {
  items!: MatchView[];
}

export class InvestorMilestoneView {
  title!: string;
  due!: string;
  amount!: number;
}

/** The proposal in full, after interest (never the team's names or addresses). */
export class ProposalDetailsView {
  problem!: string;
  localNeed!: string;
  solution!: string;
  currency!: string;
  budget!: BudgetLineView[];
  milestones!: InvestorMilestoneView[];
}

export class PledgeView {
  pledgeId!: string;
  proposalId!: string;
  pledged!: MoneyView;
  instrument!: Instrument;
  conditions!: string | null;
  madeAt!: string;
}

/** One proposal as the investor may see it: the teaser, and in full once they expressed interest. */
export class InvestorProposalView extends TeaserView {
  /** The stages they were matched at, latest first. */
  stages!: MatchStage[];
  reasons!: string[];
  interestExpressed!: boolean;
  termsVersion!: string | null;
  /** Null until interest is expressed (or while the proposal is not readable yet). */
  details!: ProposalDetailsView | null;
  pledges!: PledgeView[];
}

/** An investor as staff see it: no contact details (those stay with notifications' mails). */
export class StaffInvestorView {
  investorId!: string;
  organisation!: string;
  verified!: boolean;
  signedUpAt!: string;
  interests!: InvestorInterestsDto;
  matches!: number;
  /** Pledged in total, one line per currency. */
  pledged!: MoneyView[];
}

export class StaffInvestorsView {
  items!: StaffInvestorView[];
}

export class InstrumentPledgesView {
  instrument!: Instrument;
  pledged!: MoneyView;
  pledges!: number;
}

export class StatusCountView {
  status!: string;
  count!: number;
}

/** A call's money and pipeline: the IOM fund beside what investors pledged. */
export class CallDashboardView {
  callId!: string;
  title!: string;
  fund!: MoneyView;
  /** Awarded by the committee (funding.proposal.awarded), in the fund's currency. */
  awarded!: MoneyView;
  /** Paid out in tranches so far (from the awards). */
  paid!: MoneyView;
  /** The fund less what was awarded. */
  left!: MoneyView;
  /** Investors' pledges, by instrument (and currency). */
  pledges!: InstrumentPledgesView[];
  proposals!: StatusCountView[];
  matches!: number;
  interests!: number;
}

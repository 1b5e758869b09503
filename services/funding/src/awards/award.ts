import type { Attachment } from '../proposals/proposal.ts';
import type { Tranche } from './tranches.rules.ts';

/** An award to a proposal (aggregate `award`, projection `awards`; its id is the proposal's). */
export const AWARD = 'award';

/** pending → reported → approved → paid; a returned report goes back to reportable (as pending). */
export type MilestoneStatus = 'pending' | 'reported' | 'returned' | 'approved' | 'paid';

/** The figures a milestone's report gives (reporting sums the jobs of the latest approved report). */
export interface Figures {
  jobsCreated: number;
  traineesInvolved?: number;
  other?: string;
}

export interface Payment {
  /** YYYY-MM-DD. */
  date: string;
  amount: number;
  reference: string;
}

/** One milestone of the award and its tranche, with the team's report and staff's decision on it. */
export interface AwardMilestone extends Tranche {
  status: MilestoneStatus;
  /** PDFs the team uploaded for this milestone (bytes in `award_evidence`). */
  evidence: Attachment[];
  report?: { narrative: string; figures: Figures; evidence: string[]; at: string };
  /** Why staff returned the last report. */
  returned?: { reason: string; at: string };
  approvedAt?: string;
  payment?: Payment;
}

export interface Award {
  callId: string;
  totId: string;
  iprc: string;
  sector: string;
  title: string;
  currency: string;
  awarded: number;
  rank: number;
  awardedAt: string;
  milestones: AwardMilestone[];
  /** The mentor staff paired with the pilot, once. */
  mentor?: { memberId: string; reasons: string[]; at: string; why?: string };
}

import type { AvailabilityWindow, MemberProfile } from '@ikiraro/contracts';
import type { AuditEntry } from '@ikiraro/auth';
import type {
  InterviewNoteDto,
  ReviewerDeclarationDto,
  ReviewerScorecardDto,
} from './application-view.dto.ts';
import type { Screening } from './eligibility.rules.ts';
import type { Match } from './match.rules.ts';

/**
 * The profile facts an application was screened and matched on, copied when it was submitted: the explanation
 * stays true when the member later edits their profile. Gender is not among them (nor age, nationality or a photo:
 * selection never receives those).
 */
export type ProfileFacts = Omit<MemberProfile, 'gender'> & { availability: AvailabilityWindow[] };

export type Declaration = Omit<ReviewerDeclarationDto, 'reviewerName'>;
export type Scorecard = ReviewerScorecardDto;
export type Note = InterviewNoteDto;

export type Outcome = 'selected' | 'reserve' | 'rejected';

export interface Application {
  torId: string;
  memberId: string;
  /** As the applicant gave it; null once erased. Hidden from reviewers of a blind panel. */
  applicantName: string | null;
  motivation: string | null;
  submittedAt: string;
  profile: ProfileFacts | null;
  screening: Screening;
  match: Match;
  /** Withdrawn: selected, then the placement fell through (declined, expired or cancelled); final. */
  status: 'ineligible' | 'eligible' | 'shortlisted' | Outcome | 'withdrawn';
  declarations: Declaration[];
  scorecards: Scorecard[];
  notes: Note[];
  decision?: { outcome: Outcome; reason: string; by: { id: string; name: string }; at: string };
  /** The period agreed with a selected candidate. */
  placement?: { start: string; end: string };
  erased?: true;
  trail: AuditEntry[];
}

export const APPLICATION = 'application';

/**
 * An application's personal fields (ADR 10, ADR 11): what the applicant wrote and what was written about them,
 * sealed with the applicant's key in every version and in the projection. Once they are erased these open as
 * null; scores, totals, rules' outcomes, decisions and who did what stay for the audit.
 */
export const applicationFields = [
  'applicantName',
  'motivation',
  'profile',
  'match.items[].found',
  'screening.results[].detail',
  'declarations[].reason',
  'scorecards[].comment',
  'notes[].text',
  'decision.reason',
  'trail[].detail.reason',
] as const;

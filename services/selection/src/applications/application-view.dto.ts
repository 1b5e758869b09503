import type { Period } from '@ikiraro/contracts';
import type { AuditEntryDto } from '../tors/tor-view.dto.ts';
import type { MatchWeights } from '../tors/tor.ts';
import type { ScreeningDto } from './application.dto.ts';

// What the staff and reviewers' routes answer (the swagger plugin documents these classes from their types and
// JSDoc); the application's stored parts are these types too.

/** How far an application meets one requirement of its ToR. */
export class MatchItemDto {
  requirement!: keyof MatchWeights;
  /** Share of the ToR's weights, in points out of 100. */
  weight!: number;
  /** How far it is met, 0..1. */
  met!: number;
  points!: number;
  /** What the ToR asks and what the application has, in words. */
  expected!: string;
  found!: string;
}

export class MatchDto {
  /** 0–100: the sum of the items' points. Ranks a ToR's applications. */
  total!: number;
  items!: MatchItemDto[];
}

/** A reviewer's declaration of a conflict of interest, or of none. */
export class ReviewerDeclarationDto {
  reviewerId!: string;
  /** The reviewer's name while they sit on the panel (staff only). */
  reviewerName?: string | null;
  conflict!: boolean;
  /** Why there is a conflict; staff see it, the applicant never does. */
  reason?: string;
  at!: string;
}

/** One reviewer's scores. */
export class ReviewerScorecardDto {
  reviewerId!: string;
  reviewerName!: string;
  /** Criterion code → 1..5. */
  scores!: Record<string, number>;
  comment?: string;
  /** Weighted total, 0–100. */
  total!: number;
  at!: string;
}

/** The panel's scores put together. */
export class PanelScoreDto {
  reviewers!: number;
  mean!: number | null;
  lowest!: number | null;
  highest!: number | null;
  /** Why the panel's scores call for a discussion; empty when they agree. */
  disagreement!: string[];
}

export class PersonDto {
  id!: string;
  name!: string;
}

export class InterviewNoteDto {
  by!: PersonDto;
  text!: string;
  at!: string;
}

export class DecisionViewDto {
  outcome!: 'selected' | 'reserve' | 'rejected';
  /** Why (staff only). */
  reason?: string;
  by?: PersonDto;
  at?: string;
}

/**
 * One application as the caller may see it (application.view.ts): staff see everything; a reviewer no name on a
 * blind panel, others' scores only after their own, and nothing but their declaration once they declared a
 * conflict.
 */
export class ApplicationViewDto {
  id!: string;
  torId!: string;
  /** The applicant's pseudonym, e.g. `A-3F9C1B`. */
  code!: string;
  status!: 'ineligible' | 'eligible' | 'shortlisted' | 'selected' | 'reserve' | 'rejected' | 'withdrawn';
  submittedAt!: string;
  /** As the applicant gave it; null once erased. Not shown to reviewers of a blind panel. */
  applicantName?: string | null;
  memberId?: string;
  motivation?: string | null;
  /** The profile facts it was screened and matched on, as they were when it was submitted. */
  profile?: Record<string, unknown> | null;
  screening?: ScreeningDto;
  match?: MatchDto;
  declarations?: ReviewerDeclarationDto[];
  /** Null for a reviewer who has not scored yet. */
  scorecards?: ReviewerScorecardDto[] | null;
  /** The reviewers whose scorecards count (staff only). */
  counted?: string[];
  panel?: PanelScoreDto | null;
  notes?: InterviewNoteDto[];
  decision?: DecisionViewDto | null;
  /** The period agreed with a selected candidate. */
  placement?: Period | null;
  trail?: AuditEntryDto[];
  /** The reviewer's own declaration and scorecard (a reviewer's view only). */
  myDeclaration?: ReviewerDeclarationDto | null;
  myScorecard?: ReviewerScorecardDto | null;
  /** The reviewer declared a conflict: they see nothing more of it. */
  recused?: true;
  /** The panel is blind: no name, no member id. */
  blind?: boolean;
}

export class ApplicationViewListDto {
  /** Best match first. */
  items!: ApplicationViewDto[];
}

import type { IprcCode, QUALIFICATION_LEVELS, TOR_CLOSING_REASONS } from '@ikiraro/contracts';
import { type ProgrammeCode, programmeCodes } from '@ikiraro/programme';
import type { AuditEntry } from '@ikiraro/auth';

export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];
export type ClosingReason = (typeof TOR_CLOSING_REASONS)[number];

/** What the ToR asks of an expert: the eligibility rules and the match read these. */
export interface Requirements {
  /** Lowest qualification level that fits. */
  qualificationLevel: QualificationLevel;
  /** Fields of qualification sought, as keywords (`electrical`, `mechatronics`): any one of them fits. */
  qualificationFields: string[];
  yearsOfExperience: number;
  /** Languages the expert should train in (ISO 639-1): each one the expert has counts. */
  languages: string[];
}

/**
 * Which eligibility rules apply to this ToR (the thresholds are its requirements). A rule that is off is not
 * checked; residence is always checked, against the countries listed.
 */
export interface Eligibility {
  countries: ProgrammeCode[];
  minimumQualification: boolean;
  minimumExperience: boolean;
  /** The member's stated availability must overlap the ToR's period by at least this many days (0: off). */
  minimumAvailableDays: number;
  /** At least one of the ToR's languages. */
  language: boolean;
}

/** The parts of the match and their weights (any non-negative numbers; they are normalised to 100). */
export interface MatchWeights {
  subject: number;
  qualificationField: number;
  qualificationLevel: number;
  experience: number;
  languages: number;
  availability: number;
}

/** One line of the panel's scorecard: each reviewer scores it 1–5. */
export interface Criterion {
  code: string;
  label: string;
  weight: number;
}

export interface Reviewer {
  /** The reviewer's account id (the gateway's). */
  id: string;
  name: string;
}

export interface Tor {
  iprc: IprcCode;
  subject: string;
  title: string;
  description: string;
  requirements: Requirements;
  experts: number;
  /** The window within which each placement falls, `YYYY-MM-DD`, both included. */
  period: { start: string; end: string };
  durationMonths: number;
  eligibility: Eligibility;
  matchWeights: MatchWeights;
  criteria: Criterion[];
  panel: { reviewers: Reviewer[]; blind: boolean };
  status: 'draft' | 'approved' | 'published' | 'closed';
  closingReason?: ClosingReason;
  /** Who did what and when: part of every version, so the change and its record are one write. */
  trail: AuditEntry[];
}

export const TOR = 'tor';

/** The fields a ToR is drafted and edited with. */
export type TorFields = Pick<
  Tor,
  | 'iprc'
  | 'subject'
  | 'title'
  | 'description'
  | 'requirements'
  | 'experts'
  | 'period'
  | 'durationMonths'
  | 'eligibility'
  | 'matchWeights'
  | 'criteria'
>;

export const defaultEligibility: Eligibility = {
  countries: programmeCodes('countriesAbroad'),
  minimumQualification: true,
  minimumExperience: true,
  minimumAvailableDays: 30,
  language: true,
};

export const defaultMatchWeights: MatchWeights = {
  subject: 30,
  qualificationField: 15,
  qualificationLevel: 15,
  experience: 20,
  languages: 10,
  availability: 10,
};

/** The scorecard the TWG agreed for the first programme; a ToR may carry its own. */
export const defaultCriteria: Criterion[] = [
  { code: 'technical-expertise', label: 'Technical expertise in the subject', weight: 35 },
  { code: 'training-experience', label: 'Experience training adults or trainers', weight: 25 },
  { code: 'fit-with-needs', label: "Fit with the IPRC's needs assessment", weight: 20 },
  { code: 'motivation', label: 'Motivation and commitment', weight: 10 },
  { code: 'communication', label: 'Communication in the languages of instruction', weight: 10 },
];

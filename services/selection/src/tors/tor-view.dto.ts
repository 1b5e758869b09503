import { type Period } from '@ikiraro/contracts';
import type { ClosingReason } from './tor.ts';
import {
  type CriterionDto,
  type EligibilityDto,
  type MatchWeightsDto,
  type RequirementsDto,
  type PanelReviewerDto,
} from './tor.dto.ts';

// What the ToR routes answer (the swagger plugin documents these classes from their types and JSDoc).

/** What a ToR asks for, where and when, as the public pages show it. */
export class PublicTorDto {
  id!: string;
  /** The host IPRC's code. */
  iprc!: string;
  subject!: string;
  title!: string;
  description!: string;
  requirements!: RequirementsDto;
  experts!: number;
  period!: Period;
  durationMonths!: number;
}

export class PublicTorListDto {
  /** By start date, then title. */
  items!: PublicTorDto[];
}

export class PanelViewDto {
  reviewers!: PanelReviewerDto[];
  blind!: boolean;
}

/** Who acted, in which role. */
export class ActorDto {
  id!: string;
  name!: string;
  role!: string;
}

/** One step of a ToR's or an application's trail. */
export class AuditEntryDto {
  at!: string;
  by!: ActorDto;
  action!: string;
  /** What was decided, in the action's own words; never a person's data. */
  detail?: Record<string, unknown>;
}

/** A ToR as staff list it (the projection, a moment behind the latest change). */
export class TorSummaryDto {
  id!: string;
  iprc!: string;
  subject!: string;
  title!: string;
  description!: string;
  requirements!: RequirementsDto;
  experts!: number;
  period!: Period;
  durationMonths!: number;
  eligibility!: EligibilityDto;
  matchWeights!: MatchWeightsDto;
  criteria!: CriterionDto[];
  panel!: PanelViewDto;
  status!: 'draft' | 'approved' | 'published' | 'closed';
  closingReason?: ClosingReason;
  /** When it was drafted; null for a ToR with no trail. */
  draftedAt!: string | null;
}

export class TorListDto {
  /** Newest draft first. */
  items!: TorSummaryDto[];
}

/** One ToR with its rules, panel and trail. */
export class TorDto extends PublicTorDto {
  version!: number;
  eligibility!: EligibilityDto;
  matchWeights!: MatchWeightsDto;
  criteria!: CriterionDto[];
  panel!: PanelViewDto;
  status!: 'draft' | 'approved' | 'published' | 'closed';
  closingReason?: ClosingReason;
  trail!: AuditEntryDto[];
}

import { type AvailabilityWindow } from '@ikiraro/contracts';
import { type QualificationDto } from '../registrations/register.dto.ts';
import type { MemberStatus } from './member.ts';

// What the member routes answer (the swagger plugin documents these classes from their types and JSDoc).

/** One registrant in the staff list. */
export class MemberListItemDto {
  id!: string;
  firstName!: string;
  lastName!: string;
  email!: string;
  /** ISO 3166-1 alpha-2. */
  countryOfResidence!: string;
  subjects!: string[];
  yearsOfExperience!: number;
  status!: MemberStatus;
  /** The campaign whose link brought them, and its channel. */
  campaignId!: string;
  channel!: string;
  /** The office abroad that holds them. */
  office!: string;
  createdAt!: string;
}

export class MemberPageDto {
  /** Newest first, one page. */
  items!: MemberListItemDto[];
  /** Matches of every page. */
  total!: number;
  page!: number;
  pageSize!: number;
}

/** One answer to a consent question, with the version of the text that was shown. */
export class ConsentRecordDto {
  given!: boolean;
  /** ISO time the member answered. */
  at!: string;
  textVersion!: string;
}

export class MemberConsentDto {
  /** Processing for this programme: required to register. */
  programme!: ConsentRecordDto;
  /** Being contacted about future opportunities. */
  opportunities!: ConsentRecordDto;
  /** Mentoring a pilot project of TVET trainees; absent if the member answered before it was asked (not given). */
  mentoring?: ConsentRecordDto;
}

/** A stored CV, by id and size only. */
export class CvRefDto {
  id!: string;
  /** Bytes. */
  size!: number;
}

/** The profile facts, as staff and the member themself see them. */
export class ProfileFactsDto {
  countryOfResidence!: string;
  /** Highest first. */
  qualifications!: QualificationDto[];
  subjects!: string[];
  yearsOfExperience!: number;
  languages!: string[];
  availability!: AvailabilityWindow[];
}

/** A member's full profile, from their latest version. */
export class MemberProfileDto extends ProfileFactsDto {
  id!: string;
  version!: number;
  status!: MemberStatus;
  campaignId!: string;
  channel!: string;
  office!: string;
  firstName!: string;
  lastName!: string;
  email!: string;
  phone?: string;
  gender?: string;
  /** Null for an imported member who has not answered yet. */
  consent!: MemberConsentDto | null;
  createdAt!: string;
  verifiedAt?: string;
  locale?: 'en' | 'fr' | 'de' | 'rw';
  cv!: CvRefDto | null;
}

import { type MemberConsentDto, ProfileFactsDto } from '../members/member-view.dto.ts';

// What the registrant's own routes answer (the swagger plugin documents these classes from their types and JSDoc).

/** The member's own data, as their pages show it. */
export class OwnProfileDto extends ProfileFactsDto {
  memberId!: string;
  firstName!: string;
  lastName!: string;
  email!: string;
  phone!: string | null;
  gender!: string | null;
  consent!: MemberConsentDto | null;
  /** Whether a CV is stored (never the CV itself). */
  hasCv!: boolean;
  campaignId!: string;
  registeredAt!: string;
}

/** Where the person follows their erasure, confirmation by confirmation. */
export class WithdrawalDto {
  certificateId!: string;
  /** The certificate's page, for the person: it names no one. */
  certificateUrl!: string;
}

export class OpenTorPeriodDto {
  /** `YYYY-MM-DD`, both included. */
  start!: string;
  end!: string;
}

/** A ToR open for applications now. */
export class OpenTorDto {
  torId!: string;
  title!: string;
  /** The host IPRC's code. */
  iprc!: string;
  subject!: string;
  period!: OpenTorPeriodDto;
  durationMonths!: number;
  /** In one of the member's subjects: listed first. */
  matchesMySubjects!: boolean;
}

export class OpenTorListDto {
  items!: OpenTorDto[];
}

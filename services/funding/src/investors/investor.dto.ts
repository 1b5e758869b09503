import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { INSTRUMENTS, type Instrument, InvestorInterests } from '@ikiraro/contracts';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';

/**
 * What an investor wants to fund: empty lists mean "any". The rules are the contract's (libs/contracts, as
 * `investor.verified` carries them); the fields are declared again here only so that the API document shows them.
 */
export class InvestorInterestsDto extends InvestorInterests {
  /** Codes of the programme's subjects (at most 50). */
  declare sectors: string[];
  /** Codes of the programme's host institutions (at most 50). */
  declare iprcs: string[];
  /** Names of the provinces (at most 50): an IPRC in one of them matches. */
  declare provinces: string[];
  /** Ticket size, in `currency`: the smallest amount they would put in one proposal (0 to 1,000,000,000). */
  declare ticketMin: number;
  /** The largest amount they would put in one proposal, at least `ticketMin`. */
  declare ticketMax: number;
  /** A code of the programme's currencies. */
  declare currency: string;
  @ApiProperty({ enum: INSTRUMENTS, isArray: true })
  declare instruments: Instrument[];
}

export class InvestorConsentDto {
  /**
   * Acceptance of the investor terms. Required: without `true` the answer is 400
   * `funding.investor.consent_required` (optional here so that a missing answer gets that clear code).
   */
  @ApiProperty({ required: true })
  @IsOptional()
  @IsBoolean()
  terms?: boolean;

  /** Version of the terms shown on the form (e.g. `2026-12`), recorded with the answer. */
  @IsString()
  @Length(1, 40)
  version!: string;
}

/** The public investor sign-up form. */
export class InvestorSignUpDto {
  @IsString()
  @Length(1, 200)
  organisation!: string;

  /** The contact person. */
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** Language of the form, and of the e-mails that follow. */
  @IsProgrammeCode('publicLanguages')
  locale!: ProgrammeCode;

  /** What they want to fund; `ticketMin` at most `ticketMax` (else 400 `funding.investor.ticket_range`). */
  @ValidateNested()
  @Type(() => InvestorInterestsDto)
  interests!: InvestorInterestsDto;

  @ApiProperty({ type: InvestorConsentDto, required: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InvestorConsentDto)
  consent?: InvestorConsentDto;
}

export class VerifyInvestorDto {
  /** The token of the e-mailed link. */
  @IsString()
  @Length(1, 300)
  token!: string;
}

/** An investor's interests, changed on their profile. */
export class InvestorProfileDto {
  @ValidateNested()
  @Type(() => InvestorInterestsDto)
  interests!: InvestorInterestsDto;
}

export class ExpressInterestDto {
  /** The confidentiality terms of a full proposal: must be `true`. */
  @Equals(true)
  acceptTerms!: boolean;

  /** The version of the terms accepted. */
  @IsString()
  @Length(1, 20)
  termsVersion!: string;
}

export class PledgeDto {
  /** A UUID the client chose, so that sending the pledge again (a weak connection) records it once. */
  @IsOptional()
  @IsUUID()
  id?: string;

  /** Whole units. */
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  amount!: number;

  /** The proposal's currency (else 400 `funding.pledge.currency_mismatch`). */
  @IsProgrammeCode('currencies')
  currency!: string;

  @IsIn(INSTRUMENTS)
  instrument!: Instrument;

  /** Their conditions, in their words. */
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  conditions?: string;
}

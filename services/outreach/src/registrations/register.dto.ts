import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AvailabilityWindow, CAMPAIGN_CHANNELS, QUALIFICATION_LEVELS } from '@ikiraro/contracts';
import { IsProgrammeCode, type ProgrammeCode, programmeCodes } from '@ikiraro/programme';
import { LOCALES, type Locale } from './verification.messages.ts';

export class QualificationDto {
  /** Level of the qualification. */
  @IsIn(QUALIFICATION_LEVELS)
  level!: (typeof QUALIFICATION_LEVELS)[number];

  /** Field of study, in the registrant's words, e.g. `Electrical engineering`. */
  @IsString()
  @Length(1, 200)
  field!: string;

  /** Institution that awarded it. */
  @IsString()
  @Length(1, 200)
  institution!: string;

  /** Year obtained. */
  @IsInt()
  @Min(1940)
  @Max(2100)
  year!: number;
}

export class ConsentDto {
  /**
   * Consent to processing for this programme. Required: without `true` the answer is 400 `consent.required`
   * (optional here only so that a missing answer gets that clear code rather than a generic one).
   */
  @ApiProperty({ required: true })
  @IsOptional()
  @IsBoolean()
  programme?: boolean;

  /** Consent to being contacted about future opportunities; optional, `false` is a valid answer. */
  @IsBoolean()
  opportunities!: boolean;

  /**
   * Willing to mentor a pilot project of TVET trainees (a funded pilot may be paired with them); optional,
   * left out means `false`.
   */
  @IsOptional()
  @IsBoolean()
  mentoring?: boolean;

  /** Version of the consent text shown on the form (e.g. `2026-11`), recorded with each answer. */
  @IsString()
  @Length(1, 40)
  textVersion!: string;
}

/**
 * The profile facts a person gives when registering and changes later in self-service: one set of rules for both.
 */
export class ProfileFieldsDto {
  /** Country of residence (ISO 3166-1 alpha-2): a country of the programme's offices abroad. */
  @ApiProperty({ enum: programmeCodes('countriesAbroad') })
  @IsProgrammeCode('countriesAbroad')
  countryOfResidence!: ProgrammeCode;

  /** One to ten qualifications, highest first. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QualificationDto)
  qualifications!: QualificationDto[];

  /** TVET subjects the person could teach, as they name them (1–20). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  subjects!: string[];

  /** Whole years of professional experience. */
  @IsInt()
  @Min(0)
  @Max(70)
  yearsOfExperience!: number;

  /** Languages the person can train in, ISO 639-1 (`en`, `fr`, `de`, `rw`…), 1–20. */
  @ApiProperty({ type: [String], minItems: 1, maxItems: 20, example: ['rw', 'fr'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each language must be an ISO 639-1 code' })
  languages!: string[];

  /** When the person could be in the host country (0–12 windows of `YYYY-MM-DD` days); empty: not said. */
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindow)
  availability!: AvailabilityWindow[];
}

/** The public registration form. Nothing becomes a member until the e-mailed link is followed. */
export class RegisterDto extends ProfileFieldsDto {
  /** Slug of the campaign whose link brought the registrant. */
  @IsString()
  @Length(1, 100)
  campaign!: string;

  /** Channel of that link; must be one of the campaign's. */
  @IsIn(CAMPAIGN_CHANNELS)
  channel!: (typeof CAMPAIGN_CHANNELS)[number];

  @IsString()
  @Length(1, 100)
  firstName!: string;

  @IsString()
  @Length(1, 100)
  lastName!: string;

  /** Where the verification link goes; one member per address (case does not matter). */
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** Phone number, international format preferred, e.g. `+32 470 12 34 56`. */
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ().-]{5,24}$/, { message: 'phone must be a phone number' })
  phone?: string;

  /** Gender, a code of the programme's list, only if the registrant chooses to say; for balance figures only. */
  @ApiProperty({ enum: programmeCodes('genders'), required: false })
  @IsOptional()
  @IsProgrammeCode('genders')
  gender?: ProgrammeCode;

  /** A CV uploaded before with `POST /public/cvs`. */
  @IsOptional()
  @IsUUID()
  cvId?: string;

  /** The consent answers, per purpose. */
  @ApiProperty({ type: ConsentDto, required: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;

  /** Language of the form, and of the verification e-mail. */
  @IsIn(LOCALES)
  locale!: Locale;

  /** Leave empty: a field people do not see (a trap for bots). */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  website?: string;

  /** When the form was opened (ISO 8601 date-time), as the page recorded it. */
  @IsISO8601({ strict: true })
  startedAt!: string;
}

export class VerifyRegistrationDto {
  /** The `token` of the e-mailed link. */
  @IsString()
  @Length(1, 200)
  token!: string;
}

/** A form taken: a verification link is on its way (the same answer for what looks like spam). */
export class RegistrationAcceptedDto {
  status!: 'verification-sent';
}

export class RegistrationVerifiedDto {
  memberId!: string;
  /** A new member, or the member of that address updated. */
  outcome!: 'registered' | 'updated';
}

export class CvStoredDto {
  /** What the registration form sends as `cvId`. */
  cvId!: string;
}

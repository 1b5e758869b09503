import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Period, QUALIFICATION_LEVELS, TOR_CLOSING_REASONS } from '@ikiraro/contracts';
import { IsProgrammeCode, type ProgrammeCode, programmeCodes } from '@ikiraro/programme';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ClosingReason, QualificationLevel } from './tor.ts';

export class RequirementsDto {
  /** Lowest qualification level that fits. */
  @IsIn(QUALIFICATION_LEVELS)
  qualificationLevel!: QualificationLevel;

  /** Fields of qualification sought, as keywords; any one fits. Empty: any field. */
  @ApiProperty({ type: [String], maxItems: 10, example: ['electrical', 'energy'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  qualificationFields!: string[];

  /** Years of professional experience required. */
  @IsInt()
  @Min(0)
  @Max(40)
  yearsOfExperience!: number;

  /** Languages to train in (ISO 639-1). */
  @ApiProperty({ type: [String], maxItems: 10, example: ['en', 'fr'] })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true })
  languages!: string[];
}

export class EligibilityDto {
  /** Countries of residence that may apply. */
  @ApiProperty({ enum: programmeCodes('countriesAbroad'), isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsProgrammeCode('countriesAbroad', { each: true })
  countries!: ProgrammeCode[];

  /** Refuse applicants below the required qualification level. */
  @IsBoolean()
  minimumQualification!: boolean;

  /** Refuse applicants with fewer years than required. */
  @IsBoolean()
  minimumExperience!: boolean;

  /** Days of stated availability within the ToR's period required (0: not checked). */
  @IsInt()
  @Min(0)
  @Max(366)
  minimumAvailableDays!: number;

  /** Require at least one of the ToR's languages. */
  @IsBoolean()
  language!: boolean;
}

export class MatchWeightsDto {
  @IsNumber() @Min(0) @Max(100) subject!: number;
  @IsNumber() @Min(0) @Max(100) qualificationField!: number;
  @IsNumber() @Min(0) @Max(100) qualificationLevel!: number;
  @IsNumber() @Min(0) @Max(100) experience!: number;
  @IsNumber() @Min(0) @Max(100) languages!: number;
  @IsNumber() @Min(0) @Max(100) availability!: number;
}

export class CriterionDto {
  /** Short stable code, e.g. `technical-expertise`. */
  @Matches(/^[a-z][a-z0-9-]{0,39}$/)
  code!: string;

  @IsString()
  @Length(1, 200)
  label!: string;

  /** Relative weight in the scorecard's total. */
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}

export class CreateTorDto {
  /** The host IPRC; an IPRC focal point drafts for their own only. */
  @ApiProperty({ enum: programmeCodes('institutions') })
  @IsProgrammeCode('institutions')
  iprc!: ProgrammeCode;

  /** The priority TVET subject, e.g. `Renewable energy`. */
  @IsString()
  @Length(1, 200)
  subject!: string;

  @IsString()
  @Length(1, 200)
  title!: string;

  /** What the expert will do, from the needs assessment. */
  @IsString()
  @Length(1, 10_000)
  description!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => RequirementsDto)
  requirements!: RequirementsDto;

  /** How many experts the ToR asks for. */
  @IsInt()
  @Min(1)
  @Max(30)
  experts!: number;

  /** The window within which each placement falls. */
  @IsObject()
  @ValidateNested()
  @Type(() => Period)
  period!: Period;

  /** How long one expert stays: 1 to 6 months. */
  @IsInt()
  @Min(1)
  @Max(6)
  durationMonths!: number;

  /** Which eligibility rules apply; the programme's defaults when left out. */
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityDto)
  eligibility?: EligibilityDto;

  /** Weights of the match's parts; the programme's defaults when left out. */
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchWeightsDto)
  matchWeights?: MatchWeightsDto;

  /** The panel's scorecard; the programme's default criteria when left out. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];
}

/** Any of a draft's terms but its IPRC; a term left out stays as it is, and a required one is never null. */
export class UpdateTorDto extends PartialType(OmitType(CreateTorDto, ['iprc'] as const), {
  skipNullProperties: false,
}) {}

export class CloseTorDto {
  /** Why applications stop. */
  @IsIn(TOR_CLOSING_REASONS)
  reason!: ClosingReason;
}

export class PanelReviewerDto {
  /** The reviewer's account id (`GET /reviewers` at the gateway lists TWG members). */
  @IsString()
  @Length(1, 64)
  id!: string;

  @IsString()
  @Length(1, 200)
  name!: string;
}

export class PanelDto {
  /** The TWG members who review this ToR's applications. */
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => PanelReviewerDto)
  reviewers!: PanelReviewerDto[];

  /** Hide applicants' names from reviewers (settled before publication). */
  @IsBoolean()
  blind!: boolean;
}

export const TOR_STATUSES = ['draft', 'approved', 'published', 'closed'] as const;

export class ListTorsQuery {
  @IsOptional()
  @IsIn(TOR_STATUSES)
  status?: (typeof TOR_STATUSES)[number];

  @ApiPropertyOptional({ enum: programmeCodes('institutions') })
  @IsOptional()
  @IsProgrammeCode('institutions')
  iprc?: ProgrammeCode;
}

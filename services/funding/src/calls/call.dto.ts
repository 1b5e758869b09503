import { ApiProperty, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '@ikiraro/contracts';
import { Type } from 'class-transformer';
import { IsProgrammeCode, programmeCodes } from '@ikiraro/programme';
import type { AllocationRule } from './call.ts';

export class RoundsDto {
  /** The qualifying round ends by this date, after the deadline. */
  @IsCalendarDate()
  qualifyingEnds!: string;

  /** The committee's scoring ends by this date, after the qualifying round. */
  @IsCalendarDate()
  scoringEnds!: string;
}

export class FundDto {
  /** Whole units of the currency. */
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  amount!: number;

  @ApiProperty({ enum: programmeCodes('currencies') })
  @IsProgrammeCode('currencies')
  currency!: string;
}

/** Each rule left out keeps its default (2 to 10 trainees, any sector and IPRC, one milestone). */
export class CallEligibilityDto {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  minTeam?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxTeam?: number;

  /** Subject codes of the programme; empty: any. */
  @ApiProperty({ enum: programmeCodes('subjects'), isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsProgrammeCode('subjects', { each: true })
  sectors?: string[];

  /** IPRC codes; empty: any. */
  @ApiProperty({ enum: programmeCodes('institutions'), isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsProgrammeCode('institutions', { each: true })
  iprcs?: string[];

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  minMilestones?: number;
}

export class RubricCriterionDto {
  /** A short stable key, e.g. `impact`. */
  @Matches(/^[a-z][a-z0-9-]{0,31}$/, { message: 'key is lower-case letters, digits and dashes' })
  key!: string;

  @IsString()
  @Length(1, 120)
  label!: string;

  /** Percent of the total; the weights of a rubric add up to 100. */
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;

  /** Scores run from 0 to this. */
  @IsInt()
  @Min(1)
  @Max(100)
  max!: number;
}

export class CommitteeMemberDto {
  /** A reviewer's gateway account id (from `GET /reviewers`). */
  @IsString()
  @Length(1, 64)
  accountId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;
}

export class CallDraftDto {
  @IsString()
  @Length(1, 200)
  title!: string;

  @IsString()
  @Length(1, 10_000)
  description!: string;

  /** Submissions are refused after it: a future ISO 8601 date-time. */
  @IsISO8601({ strict: true })
  deadline!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => RoundsDto)
  rounds!: RoundsDto;

  @IsObject()
  @ValidateNested()
  @Type(() => FundDto)
  fund!: FundDto;

  /** The most one proposal may ask for, at most the fund. */
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  ceiling!: number;

  /** Awards at most; the programme's target unless given. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000)
  awards?: number;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CallEligibilityDto)
  eligibility?: CallEligibilityDto;

  /** The committee's criteria; the default rubric unless given. */
  @IsOptional()
  @ArrayMinSize(1)
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric?: RubricCriterionDto[];

  /** When a proposal no longer fits the fund: skip it ('skip', the default) or end the allocation ('stop'). */
  @IsOptional()
  @IsIn(['skip', 'stop'])
  allocationRule?: AllocationRule;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberDto)
  committee?: CommitteeMemberDto[];
}

/** Any field of the draft; `eligibility` is merged over the call's rules. */
export class CallChangeDto extends PartialType(CallDraftDto) {}

export class CommitteeDto {
  /** The whole committee: reviewers who score the call's proposals (a TWG member sees only these calls). */
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberDto)
  members!: CommitteeMemberDto[];
}

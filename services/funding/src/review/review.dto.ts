import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class ProposalQualificationDto {
  /**
   * The manager's verdict; by default the call's eligibility rules decide. A proposal that fails a rule cannot be
   * qualified (409 `funding.review.rules_failed`); disqualifying one that passes them needs a reason.
   */
  @IsOptional()
  @IsBoolean()
  qualified?: boolean;

  /** Reasons of the manager's own, added after the rules' (mailed to the team). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  reasons?: string[];
}

export class ConflictDto {
  /** What the conflict of interest is: seen by the programme manager, the committee and auditors. */
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

export class CriterionScoreDto {
  /** The key of one criterion of the call's rubric. */
  @IsString()
  @Length(1, 64)
  criterion!: string;

  /** A whole number from 0 to the criterion's max. */
  @IsInt()
  @Min(0)
  @Max(1_000)
  score!: number;
}

export class ProposalScoreDto {
  /** One score for every criterion of the call's rubric. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];

  @IsOptional()
  @IsString()
  @Length(1, 5000)
  comment?: string;
}

export class ShortlistDto {
  /** How many of the ranking to shortlist; by default twice the call's number of awards. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000)
  size?: number;
}

export class AwardDto {
  /** A shortlisted proposal of the call. */
  @IsString()
  @Length(1, 64)
  proposalId!: string;

  /** What the fund gives it, in the fund's currency: at most what it asks for. */
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  amount!: number;
}

export class ApprovalDto {
  /** The awards, when they differ from the proposed allocation (then with a reason); absent: the proposal stands. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1_000)
  @ValidateNested({ each: true })
  @Type(() => AwardDto)
  awards?: AwardDto[];

  /** Why the awards differ from the proposed allocation: required for any change, kept with the approval. */
  @IsOptional()
  @IsString()
  @Length(10, 2000)
  reason?: string;
}

import { IsCalendarDate } from '@ikiraro/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class EvidenceQueryDto {
  /** The file's name, as the phone named it. */
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class EvidenceIdQueryDto {
  /** Which of the milestone's PDFs (the first of its report, or the first uploaded, when not given). */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  id?: string;
}

export class FiguresDto {
  /** Jobs the pilot created so far. */
  @IsInt()
  @Min(0)
  @Max(100_000)
  jobsCreated!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  traineesInvolved?: number;

  /** Any other figure, in words. */
  @IsOptional()
  @IsString()
  @Length(1, 500)
  other?: string;
}

/** A team's report that a milestone is done: what was done, its figures, the PDFs uploaded as evidence. */
export class MilestoneReportDto {
  @IsString()
  @Length(10, 5_000)
  narrative!: string;

  @ValidateNested()
  @Type(() => FiguresDto)
  figures!: FiguresDto;

  /** Ids of PDFs uploaded for this milestone. */
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  evidence!: string[];
}

export class MilestoneReturnDto {
  /** What the team must fix before reporting again (shown to them). */
  @IsString()
  @Length(3, 1_000)
  reason!: string;
}

export class TranchePaymentDto {
  @IsCalendarDate()
  date!: string;

  /** Exactly the milestone's tranche, in the award's currency. */
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  amount!: number;

  /** The bank or ledger reference. */
  @IsString()
  @Length(1, 100)
  reference!: string;
}

export class MentorPairDto {
  /** A member who consented to mentoring (one of GET /awards/:id/mentors). */
  @IsString()
  @Length(1, 64)
  memberId!: string;

  /** Why the pilot changes mentor (required when it has one). */
  @IsOptional()
  @IsString()
  @Length(3, 500)
  reason?: string;
}

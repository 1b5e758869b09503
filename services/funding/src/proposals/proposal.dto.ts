import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@ikiraro/contracts';
import { IsProgrammeCode, programmeCodes } from '@ikiraro/programme';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class BudgetLineDto {
  @IsString()
  @Length(1, 200)
  item!: string;

  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity!: number;

  /** In the call's currency, whole units. */
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  unitCost!: number;
}

export class MilestoneDto {
  /** The milestone's id, to keep it across saves; a new one is given an id. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  id?: string;

  @IsString()
  @Length(1, 200)
  title!: string;

  /** When the team expects to report it done. */
  @IsCalendarDate()
  due!: string;

  /** The tranche it pays, in the call's currency; the amounts add up to the budget. */
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  amount!: number;
}

/** The team's draft: every field optional (saved as the team goes), every field present valid; '' clears a text. */
export class ProposalDraftDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  /** What investors see first: at most 600 characters. */
  @IsOptional()
  @IsString()
  @MaxLength(600)
  summary?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  problem?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  localNeed?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  solution?: string;

  /** A code of the programme's subjects. */
  @ApiProperty({ enum: programmeCodes('subjects'), required: false })
  @IsOptional()
  @IsProgrammeCode('subjects')
  sector?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  jobsExpected?: number;

  /** The whole budget (it replaces the one saved). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  budget?: BudgetLineDto[];

  /** The whole plan of milestones (it replaces the one saved). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones?: MilestoneDto[];

  /** The team's lead: the person id of one of its trainees. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  leadId?: string;
}

export class ProposalAttachmentQueryDto {
  /** The file's name, as the phone named it. */
  @IsString()
  @Length(1, 200)
  name!: string;
}

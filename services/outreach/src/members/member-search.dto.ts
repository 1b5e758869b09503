import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { QUALIFICATION_LEVELS, REGISTRATION_CHANNELS } from '@ikiraro/contracts';
import { IsProgrammeCode, type ProgrammeCode, programmeCodes } from '@ikiraro/programme';

/** Statuses staff can filter on: erased members are never listed. */
export const LISTED_STATUSES = ['pending', 'registered', 'imported'] as const;

/** Filters of the registrant list and export; all optional, combined with AND. */
export class MemberFiltersDto {
  /** Part of the first name, last name or e-mail, any case. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  campaignId?: string;

  @IsOptional()
  @IsIn(REGISTRATION_CHANNELS)
  channel?: (typeof REGISTRATION_CHANNELS)[number];

  @ApiPropertyOptional({ enum: programmeCodes('countriesAbroad') })
  @IsOptional()
  @IsProgrammeCode('countriesAbroad')
  countryOfResidence?: ProgrammeCode;

  /** The office that follows the member; an outreach officer always gets their own, whatever is asked. */
  @ApiPropertyOptional({ enum: programmeCodes('officesAbroad') })
  @IsOptional()
  @IsProgrammeCode('officesAbroad')
  office?: ProgrammeCode;

  /** One of the member's subjects, exactly but in any case. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  subject?: string;

  @IsOptional()
  @IsIn(LISTED_STATUSES)
  status?: (typeof LISTED_STATUSES)[number];

  /** Level of the member's highest qualification. */
  @IsOptional()
  @IsIn(QUALIFICATION_LEVELS)
  qualificationLevel?: (typeof QUALIFICATION_LEVELS)[number];
}

export class MemberSearchDto extends MemberFiltersDto {
  /** From 1. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 25;
}

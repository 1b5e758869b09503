import { IsCalendarDate, SexCount } from '@ikiraro/contracts';
import { IsProgrammeCode } from '@ikiraro/programme';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';

export class RosterEntryDto {
  /** Kept sealed; staff running the ToT see it, figures only count it. */
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsProgrammeCode('genders')
  sex!: string;
}

export class CascadeDto {
  /** A UUID the phone chose, so that sending it again (a weak connection) records it once. */
  @IsOptional()
  @IsUUID()
  id?: string;

  /** The day it was given, from the training's start to today. */
  @IsCalendarDate()
  date!: string;

  /** What was taught. */
  @IsString()
  @Length(1, 200)
  subject!: string;

  /** The students by sex; or give `roster` instead. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SexCount)
  students?: SexCount[];

  /** The students by name, counted by sex; or give `students` instead. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RosterEntryDto)
  roster?: RosterEntryDto[];
}

/** Staff record a session for a trained teacher of the ToT. */
export class StaffCascadeDto extends CascadeDto {
  @IsString()
  @Length(1, 64)
  traineeId!: string;
}

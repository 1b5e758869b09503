import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { MARK_STATUSES, type MarkStatus } from './register.ts';

/** A date and time with its offset: `2026-03-02T09:05:00+02:00`, `2026-03-02T07:05:00.123Z`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export class MarkDto {
  /** Made by the device when the mark is made (a UUID): a mark sent again is recognised and counted once. */
  @IsUUID()
  markId!: string;

  @IsString()
  @Length(1, 64)
  traineeId!: string;

  @IsIn(MARK_STATUSES)
  status!: MarkStatus;

  /** When it was made, by the device's clock, with its offset; at most a day ahead of the server. */
  @IsISO8601({ strict: true })
  @Matches(INSTANT, { message: 'markedAt is a date and time with its offset' })
  markedAt!: string;
}

export class MarksDto {
  /** Marks made online, or queued offline and synced now: 1 to 500. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => MarkDto)
  marks!: MarkDto[];
}

export class CheckInDto {
  /** The code of the QR on the trainer's screen (the `s` of `/check-in?s=…`). */
  @IsString()
  @Length(1, 400)
  token!: string;
}

import { IsCalendarDate } from '@ikiraro/contracts';
import { IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class TotPlanDto {
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  /** What the course covers, day by day if the trainer likes. */
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  outline?: string;

  /** Most trainees it takes. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000)
  capacity?: number;
}

export class TotSessionDto {
  /** The day, within the placement's period. */
  @IsCalendarDate()
  date!: string;

  /** `HH:MM`, local time at the IPRC. */
  @Matches(TIME, { message: 'start is a time HH:MM' })
  start!: string;

  /** `HH:MM`, after `start`. */
  @Matches(TIME, { message: 'end is a time HH:MM' })
  end!: string;

  @IsString()
  @Length(1, 120)
  room!: string;

  @IsString()
  @Length(1, 200)
  topic!: string;
}

export class TotSessionChangeDto {
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @IsOptional()
  @Matches(TIME, { message: 'start is a time HH:MM' })
  start?: string;

  @IsOptional()
  @Matches(TIME, { message: 'end is a time HH:MM' })
  end?: string;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  room?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  topic?: string;
}

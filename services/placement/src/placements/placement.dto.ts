import { CANCELLATION_REASONS, IsCalendarDate } from '@ikiraro/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import type { PlacementStatus, TaskStatus } from './placement.ts';

export const PLACEMENT_STATUSES = [
  'offered',
  'accepted',
  'arrived',
  'completed',
  'declined',
  'expired',
  'cancelled',
] as const satisfies readonly PlacementStatus[];
export const TASK_STATUSES = ['open', 'done', 'not-needed'] as const satisfies readonly TaskStatus[];

export class BoardQueryDto {
  @IsOptional()
  @IsProgrammeCode('institutions')
  iprc?: ProgrammeCode;

  @IsOptional()
  @IsIn(PLACEMENT_STATUSES)
  status?: PlacementStatus;

  /** Only placements with an overdue task. */
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  late?: boolean;
}

/** At most two decimals (class-validator's `maxDecimalPlaces` throws on some numbers, e.g. `5e-324`). */
const IsMoney = () =>
  ValidateBy({
    name: 'isMoney',
    validator: {
      validate: (value) =>
        typeof value === 'number' && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
      defaultMessage: (args) => `${args?.property} must have at most two decimals`,
    },
  });

export class PaymentDto {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsMoney()
  @Min(0)
  @Max(10_000_000)
  amount!: number;

  @IsProgrammeCode('currencies')
  currency!: ProgrammeCode;

  @IsBoolean()
  paid!: boolean;
}

export class TaskChangeDto {
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;

  /** For a task that records a payment (the per diem). */
  @IsOptional()
  @ValidateNested()
  @Type(() => PaymentDto)
  payment?: PaymentDto;

  /** For a task that names a person (the host focal point). */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  person?: string;
}

export class ArrivalDto {
  /** The day the professional arrived. */
  @IsCalendarDate()
  on!: string;
}

export class ReportDto {
  /** What was delivered: sessions, topics, materials. */
  @IsString()
  @Length(10, 10_000)
  delivered!: string;

  /** How many trainers were trained. */
  @IsInt()
  @Min(0)
  @Max(10_000)
  trainersTrained!: number;

  @IsString()
  @Length(1, 10_000)
  recommendations!: string;
}

export class AppraisalDto {
  /** 1 (poor) to 5 (excellent). */
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @IsString()
  @Length(1, 10_000)
  comments!: string;
}

export class CancellationDto {
  @IsIn(CANCELLATION_REASONS)
  reason!: (typeof CANCELLATION_REASONS)[number];

  /** What happened, for the file (not sent to other services). */
  @IsString()
  @Length(1, 5000)
  note!: string;
}

export class AcceptOfferDto {
  /** The passport the professional travels on (ISO 3166-1 alpha-2): entry to Rwanda on a Rwandan one needs no visa. */
  @Matches(/^[A-Z]{2}$/)
  passport!: string;
}

export class AttachmentQueryDto {
  /** The file's name, as the user's device named it. */
  @IsString()
  @Length(1, 200)
  name!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { DISAGGREGATIONS } from '@ikiraro/programme';
import type { IndicatorFigures, LogframeReport, Quarter } from './logframe-report.ts';

const QUARTER = /^\d{4}-Q[1-4]$/;

export class LogframeQueryDto {
  /** A quarter, e.g. `2027-Q1` (the current one by default): the figures to its last day. */
  @IsOptional()
  @Matches(QUARTER, { message: 'quarter must be a year and a quarter, e.g. 2027-Q1' })
  quarter?: string;

  /** Staff only: `true` to see what readers outside staff see (small cells suppressed). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  shared?: boolean;
}

export class SourceQueryDto {
  /** The facts to the end of this quarter (the current one by default). */
  @IsOptional()
  @Matches(QUARTER, { message: 'quarter must be a year and a quarter, e.g. 2027-Q1' })
  quarter?: string;

  /** Only the facts of one cell: its dimension… */
  @ApiPropertyOptional({ enum: DISAGGREGATIONS })
  @IsOptional()
  @IsIn(DISAGGREGATIONS)
  dimension?: string;

  /** …and its code, e.g. `KGL`. */
  @IsOptional()
  @MaxLength(100)
  value?: string;
}

export class QuarterView implements Quarter {
  code!: string;
  start!: string;
  end!: string;
}

export class PeriodView {
  start!: string;
  end!: string;
}

export class ResultView {
  code!: string;
  title!: string;
  /** An output's outcome. */
  outcome?: string;
}

export class QuarterFiguresView {
  quarter!: string;
  /** Null: a suppressed small cell. */
  inQuarter!: number | null;
  cumulative!: number | null;
}

const nullableNumber = { type: 'number', nullable: true };

export class IndicatorFiguresView implements IndicatorFigures {
  code!: string;
  result!: string;
  title!: string;
  definition!: string;
  /** `people`, `count`, `ratio` or a currency code. */
  unit!: string;
  baseline!: number;
  target!: number;
  period!: PeriodView;
  /** To the quarter's last day; null when suppressed (or a mean of nothing yet). */
  cumulative!: number | null;
  /** What the quarter added. */
  inQuarter!: number | null;
  /** Cumulative over target. */
  progress!: number | null;
  quarters!: QuarterFiguresView[];
  @ApiProperty({
    description: 'Dimension (sex, iprc…) → its code → the cumulative figure of that cell (null: suppressed).',
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: nullableNumber },
  })
  breakdowns!: Record<string, Record<string, number | null>>;
  /** The event types that feed it. */
  sources!: string[];
}

export class ProgrammeRefView {
  id!: string;
  name!: string;
}

export class LogframeView implements LogframeReport {
  programme!: ProgrammeRefView;
  goal!: string;
  results!: ResultView[];
  quarter!: QuarterView;
  generatedAt!: string;
  /** Small cells (fewer than `smallCell` people) are null: the view shared outside staff. */
  shared!: boolean;
  smallCell!: number;
  indicators!: IndicatorFiguresView[];
}

/** An event behind a figure, naming no one: an erased person's subject is null. */
export class SourceFactView {
  eventId!: string;
  type!: string;
  occurredAt!: string;
  /** The event's subject (an application, a ToT, a proposal…); null once its person was erased. */
  subject!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  dims!: Record<string, string>;
  /** What it adds to the indicator (negative: taken back). */
  value!: number;
  erased!: boolean;
}

export class SourceFactListView {
  indicator!: string;
  quarter!: QuarterView;
  total!: number;
  /** The first 500, oldest first. */
  items!: SourceFactView[];
}

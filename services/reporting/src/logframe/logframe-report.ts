import type { Disaggregation, LogframeResult, ReportingPeriod } from '@ikiraro/programme';

/** A calendar quarter, e.g. `{ code: '2027-Q1', start: '2027-01-01', end: '2027-03-31' }`. */
export interface Quarter {
  code: string;
  start: string;
  end: string;
}

/** One indicator's figures, as of the end of a quarter. `null` stands for a suppressed small cell. */
export interface IndicatorFigures {
  code: string;
  /** The outcome or output it measures. */
  result: string;
  title: string;
  definition: string;
  /** `people`, `count`, `ratio` or a currency code. */
  unit: string;
  baseline: number;
  target: number;
  period: ReportingPeriod;
  /** The figure to the end of the quarter, against the target. */
  cumulative: number | null;
  /** What the quarter itself added (for a mean: the mean of the quarter's facts). */
  inQuarter: number | null;
  /** `cumulative / target`; null when the target is 0 or the figure suppressed. */
  progress: number | null;
  /** Every quarter from the period's start to this one, each with its own and its cumulative figure. */
  quarters: { quarter: string; inQuarter: number | null; cumulative: number | null }[];
  /** Dimension → its code → the cumulative figure of that cell. */
  breakdowns: Partial<Record<Disaggregation, Record<string, number | null>>>;
  /** The event types that feed it. */
  sources: string[];
}

/** The logframe with its live figures: what the dashboard shows and every donor report is made of. */
export interface LogframeReport {
  programme: { id: string; name: string };
  goal: string;
  results: LogframeResult[];
  quarter: Quarter;
  /** When it was computed, ISO-8601 UTC. */
  generatedAt: string;
  /** True when made for readers outside staff: cells of fewer than `smallCell` people are null. */
  shared: boolean;
  smallCell: number;
  indicators: IndicatorFigures[];
}

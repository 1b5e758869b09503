import { spreadsheetCsv } from '@ikiraro/service-defaults';
import type { LogframeReport } from '../logframe/logframe-report.ts';
import { isSuppressed } from './report-labels.ts';

const HEADER = [
  'indicator',
  'title',
  'unit',
  'dimension',
  'code',
  'baseline',
  'target',
  'in_quarter',
  'cumulative',
  'suppressed',
];

const cell = (value: number | null) => (value === null ? '' : value);
const flag = (suppressed: boolean) => (suppressed ? 'true' : 'false');

/**
 * The report as CSV for the donor's own analysis: one row per indicator (its dimension and code empty), then one
 * per cell of each of its breakdowns (the cumulative figure only). A suppressed figure is an empty cell with
 * `suppressed` true, so that no spreadsheet sums it as zero (an empty figure of another unit: a mean of no facts yet); codes, not names, because this file is for machines.
 */
export function reportCsv(report: LogframeReport): string {
  const rows = report.indicators.flatMap((i) => [
    [
      i.code,
      i.title,
      i.unit,
      '',
      '',
      i.baseline,
      i.target,
      cell(i.inQuarter),
      cell(i.cumulative),
      flag(isSuppressed(i.inQuarter, i.unit) || isSuppressed(i.cumulative, i.unit)),
    ],
    ...Object.entries(i.breakdowns).flatMap(([dimension, cells]) =>
      Object.entries(cells ?? {}).map(([code, value]) => [
        i.code,
        i.title,
        i.unit,
        dimension,
        code,
        '',
        '',
        '',
        cell(value),
        flag(isSuppressed(value, i.unit)),
      ]),
    ),
  ]);
  return spreadsheetCsv([HEADER, ...rows]);
}

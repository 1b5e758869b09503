import { IsIn } from 'class-validator';

export const REPORT_FORMATS = ['xlsx', 'pdf', 'csv'] as const;

export class ReportQueryDto {
  /** `xlsx` (a workbook), `pdf` (with charts) or `csv`. */
  @IsIn(REPORT_FORMATS)
  format!: (typeof REPORT_FORMATS)[number];
}

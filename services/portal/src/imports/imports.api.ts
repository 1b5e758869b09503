import { api } from '../api/client.ts';

/** What importing a mapping list would do, row by row; rows count from 1 for the first data row. */
export interface ImportReport {
  rows: number;
  valid: number;
  errors: { row: number; column: string; message: string }[];
  duplicates: { row: number; email: string; duplicateOf: string }[];
  wouldCreate: number;
  wouldUpdate: number;
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
}

const query = (campaignId: string) => `?campaignId=${encodeURIComponent(campaignId)}`;

export const importsApi = {
  /** Reads and checks the file; changes nothing. */
  dryRun: (campaignId: string, file: Blob) =>
    api.upload<ImportReport>(`/imports/dry-run${query(campaignId)}`, file, 'text/csv'),
  apply: (campaignId: string, file: Blob) =>
    api.upload<ImportResult>(`/imports${query(campaignId)}`, file, 'text/csv'),
};

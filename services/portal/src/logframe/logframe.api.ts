import { ruleOf } from '@ikiraro/auth/policy';
import { api } from '../api/client.ts';
import type { components } from '../api/generated/openapi.ts';

/* The logframe as reporting answers it (services/reporting/src/logframe and reports), typed from the API's document. */
type Schemas = components['schemas'];
export type Logframe = Schemas['LogframeView'];
export type Indicator = Schemas['IndicatorFiguresView'];
export type LogframeResult = Schemas['ResultView'];
export type SourceFacts = Schemas['SourceFactListView'];
export type SourceFact = Schemas['SourceFactView'];
export type ReportFormat = 'xlsx' | 'pdf' | 'csv';
export const reportFormats = ['xlsx', 'pdf', 'csv'] as const satisfies readonly ReportFormat[];

/** The breakdowns the page shows (the others are in the downloads). */
export const shownDimensions = ['sex', 'iprc'] as const;
export type ShownDimension = (typeof shownDimensions)[number];

/** The policy rules of the logframe's screens (libs/auth's matrix, block `reporting`). */
export const logframeAccess = {
  read: ruleOf('reporting', 'GET /logframe'),
  sources: ruleOf('reporting', 'GET /logframe/indicators/:code/sources'),
  report: ruleOf('reporting', 'GET /reports/:quarter'),
  iati: ruleOf('reporting', 'GET /reports/:quarter/iati'),
};

/** The query string of `params` without its empty members (`?a=1&b=2`, or nothing). */
const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return search ? `?${search}` : '';
};

/** One cell of a breakdown: its dimension and code. */
export interface Cell {
  dimension: string;
  value: string;
}

const id = encodeURIComponent;

export const logframeApi = {
  /** Without a quarter, the current one (by the server's clock). */
  logframe: (quarter: string | undefined, shared: boolean) =>
    `/logframe${query({ quarter, shared: shared ? 'true' : undefined })}`,
  sources: (code: string, quarter: string | undefined, cell?: Cell) =>
    `/logframe/indicators/${id(code)}/sources${query({ quarter, ...cell })}`,
  report: (quarter: string, format: ReportFormat) =>
    api.download(`/reports/${id(quarter)}${query({ format })}`),
  iati: (quarter: string) => api.download(`/reports/${id(quarter)}/iati`),
};

/** The portal's logframe pages. */
export const logframePaths = {
  logframe: '/logframe',
  sources: (code: string, quarter: string, cell?: Cell) =>
    `/logframe/${id(code)}${query({ quarter, ...cell })}`,
};

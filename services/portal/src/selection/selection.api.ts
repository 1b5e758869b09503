import { api } from '../api/client.ts';
import {
  closeTorDtoReasonValues,
  decisionDtoOutcomeValues,
  pathsApiV1TorsGetParametersQueryStatusValues,
  type components,
} from '../api/generated/openapi.ts';

/*
 * The selection vocabulary and answers, from the API's generated document. The balance's and the transparency
 * report's types are written here until the document declares their response schemas.
 */
/** A host institution's code (the programme's `host.institutions`). */
export type IprcCode = string;

export const torStatuses = pathsApiV1TorsGetParametersQueryStatusValues;
export type TorStatus = (typeof torStatuses)[number];

export const closingReasons = closeTorDtoReasonValues;
export type ClosingReason = (typeof closingReasons)[number];

export const outcomes = decisionDtoOutcomeValues;
export type Outcome = (typeof outcomes)[number];

type Schemas = components['schemas'];

export type Requirements = Schemas['RequirementsDto'];

/** What staff enter to draft (or change) a ToR; eligibility, weights and criteria keep the programme's defaults. */
export type TorInput = Pick<
  Schemas['CreateTorDto'],
  'subject' | 'title' | 'description' | 'requirements' | 'experts' | 'period' | 'durationMonths'
> & {
  /** Any programme's institution (`GET /programme`), not only the ones this document was generated with. */
  iprc: IprcCode;
};

export type Criterion = Schemas['CriterionDto'];
export type Reviewer = Schemas['PanelViewDto']['reviewers'][number];
export type TrailEntry = Schemas['AuditEntryDto'];
export type TorSummary = Schemas['TorSummaryDto'];
export type Tor = Schemas['TorDto'];

export type PanelScore = Schemas['PanelScoreDto'];
export type Scorecard = Schemas['ReviewerScorecardDto'];
/**
 * One application as the caller may see it: staff see everything; a reviewer no name on a blind panel, others'
 * scores only after their own, and nothing but their declaration once they declared a conflict.
 */
export type Application = Schemas['ApplicationViewDto'];

export interface Breakdown {
  total: number;
  byGender: Record<string, number>;
  byIprc: Record<string, number>;
  bySubject: Record<string, number>;
}

export interface Balance {
  targets: { experts: number; iprcs: number };
  places: number;
  shortlisted: Breakdown;
  selected: Breakdown;
  coverage: { iprcsWithSelection: number; iprcsWithout: string[]; expertsStillToSelect: number };
}

export interface TransparencyReport {
  tor: { id: string; title: string; iprc: string; subject: string; experts: number; status: TorStatus };
  method: {
    criteria: Criterion[];
    matchWeights: Record<string, number>;
    blindReview: boolean;
    match: string;
    panelScore: string;
  };
  panel: Reviewer[];
  applications: {
    code: string;
    status: Application['status'];
    screening: { eligible: boolean; failed: string[] };
    match: { total: number };
    declarations: { reviewer: string; conflict: boolean; at: string }[];
    scorecards: { reviewer: string; scores: Record<string, number>; total: number; counted: boolean }[];
    panel: PanelScore;
    interviewNotes: { by: string; at: string; text: string }[];
    decision: { outcome: Outcome; reason: string; by: string; at: string } | null;
  }[];
}

const tor = (id: string) => `/tors/${encodeURIComponent(id)}`;
const application = (id: string) => `/applications/${encodeURIComponent(id)}`;

export const selectionApi = {
  list: (filter: { status?: string; iprc?: string } = {}) => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value)).toString();
    return `/tors${query ? `?${query}` : ''}`;
  },
  tor,
  applications: (id: string) => `${tor(id)}/applications`,
  report: (id: string) => `${tor(id)}/report`,
  application,
  reviewers: '/reviewers',
  balance: '/balance',
  create: (input: TorInput) => api.post<Tor>('/tors', input),
  update: (id: string, changes: Omit<TorInput, 'iprc'>) => api.patch<Tor>(tor(id), changes),
  approve: (id: string) => api.post<Tor>(`${tor(id)}/approve`),
  publish: (id: string) => api.post<Tor>(`${tor(id)}/publish`),
  close: (id: string, reason: ClosingReason) => api.post<Tor>(`${tor(id)}/close`, { reason }),
  setPanel: (id: string, panel: { reviewers: Reviewer[]; blind: boolean }) =>
    api.put<Tor>(`${tor(id)}/panel`, panel),
  reportCsv: (id: string) => api.download(`${tor(id)}/report?format=csv`),
  declare: (id: string, conflict: boolean, reason?: string) =>
    api.post<Application>(`${application(id)}/declaration`, { conflict, ...(reason ? { reason } : {}) }),
  score: (id: string, scores: Record<string, number>, comment?: string) =>
    api.put<Application>(`${application(id)}/scorecard`, { scores, ...(comment ? { comment } : {}) }),
  note: (id: string, text: string) => api.post<Application>(`${application(id)}/notes`, { text }),
  shortlist: (id: string) => api.post<Application>(`${application(id)}/shortlist`),
  decide: (id: string, outcome: Outcome, reason: string) =>
    api.post<Application>(`${application(id)}/decision`, { outcome, reason }),
};

export const isOutcome = (value: unknown): value is Outcome =>
  (outcomes as readonly unknown[]).includes(value);

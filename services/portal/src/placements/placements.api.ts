import { ruleOf } from '@ikiraro/auth/policy';
import { api } from '../api/client.ts';
import {
  cancellationDtoReasonValues,
  type components,
  placementViewStatusValues,
  taskChangeDtoStatusValues,
} from '../api/generated/openapi.ts';

/* The placement board and each placement's page, as placement answers them, typed from the API's document. */
type Schemas = components['schemas'];
export type PlacementSummary = Schemas['PlacementSummaryView'];
export type PlacementList = Schemas['PlacementListView'];
export type Placement = Schemas['PlacementView'];
export type Task = Schemas['TaskView'];
export type TaskChange = Schemas['TaskChangeDto'];
export type Report = Schemas['ReportDto'];
export type Appraisal = Schemas['AppraisalDto'];
export type Cancellation = Schemas['CancellationDto'];

export const placementStatuses = placementViewStatusValues;
export const taskStatuses = taskChangeDtoStatusValues;
export const cancellationReasons = cancellationDtoReasonValues;

/** The policy rules of the placement screens and their actions (libs/auth's matrix, block `placement`). */
export const placementAccess = {
  board: ruleOf('placement', 'GET /placements'),
  placement: ruleOf('placement', 'GET /placements/:id'),
  changeTask: ruleOf('placement', 'PATCH /placements/:id/tasks/:key'),
  attach: ruleOf('placement', 'POST /placements/:id/tasks/:key/attachments'),
  arrive: ruleOf('placement', 'POST /placements/:id/arrival'),
  report: ruleOf('placement', 'POST /placements/:id/report'),
  appraise: ruleOf('placement', 'POST /placements/:id/appraisal'),
  cancel: ruleOf('placement', 'POST /placements/:id/cancel'),
};

/** The board's filters, as they appear in the page's address and the API's query. */
export interface BoardFilters {
  iprc?: string;
  status?: string;
  late?: 'true';
}

export function boardFiltersOf(params: URLSearchParams): BoardFilters {
  const iprc = params.get('iprc')?.trim();
  const status = params.get('status')?.trim();
  return {
    ...(iprc ? { iprc } : {}),
    ...(status ? { status } : {}),
    ...(params.get('late') === 'true' ? { late: 'true' as const } : {}),
  };
}

const at = (id: string) => `/placements/${encodeURIComponent(id)}`;

export const placementsApi = {
  board: (filters: BoardFilters) => {
    const query = new URLSearchParams({ ...filters }).toString();
    return query ? `/placements?${query}` : '/placements';
  },
  one: at,
  changeTask: (id: string, key: string, change: TaskChange) =>
    api.patch<Placement>(`${at(id)}/tasks/${encodeURIComponent(key)}`, change),
  arrive: (id: string, on: string) => api.post<Placement>(`${at(id)}/arrival`, { on }),
  report: (id: string, report: Report) => api.post<Placement>(`${at(id)}/report`, report),
  appraise: (id: string, appraisal: Appraisal) => api.post<Placement>(`${at(id)}/appraisal`, appraisal),
  cancel: (id: string, cancellation: Cancellation) => api.post<Placement>(`${at(id)}/cancel`, cancellation),
  /** Attaches a PDF to a task; answers the placement as it is now. */
  attach: async (id: string, key: string, file: File) => {
    const name = new URLSearchParams({ name: file.name.slice(0, 200) });
    await api.upload(
      `${at(id)}/tasks/${encodeURIComponent(key)}/attachments?${name}`,
      file,
      'application/pdf',
    );
    return api.get<Placement>(at(id));
  },
  attachment: (id: string, key: string, attachmentId: string) =>
    api.download(
      `${at(id)}/tasks/${encodeURIComponent(key)}/attachments/${encodeURIComponent(attachmentId)}`,
    ),
};

/** A placement's page in the portal. */
export const placementPath = (id: string) => `/placements/${encodeURIComponent(id)}`;

import { ruleOf } from '@ikiraro/auth/policy';
import { api } from '../api/client.ts';
import type { components } from '../api/generated/openapi.ts';

/* The cascade as training answers it (services/training/src/cascade), typed from the API's document. */
type Schemas = components['schemas'];
export type CascadeOverview = Schemas['CascadeOverviewView'];
export type CascadeTot = Schemas['CascadeTotView'];
export type CascadeTeacher = Schemas['CascadeTraineeView'];
export type CascadeSession = Schemas['CascadeSessionView'];
export type IprcCascade = Schemas['IprcCascadeView'];
export type SexCount = Schemas['SexCountView'];
export type StaffCascade = Schemas['StaffCascadeDto'];

/** The policy rules of the cascade's screens and their action (libs/auth's matrix, block `training`). */
export const cascadeAccess = {
  overview: ruleOf('training', 'GET /cascade'),
  ofTot: ruleOf('training', 'GET /tots/:id/cascade'),
  record: ruleOf('training', 'POST /tots/:id/cascade'),
};

const at = (id: string) => `/tots/${encodeURIComponent(id)}/cascade`;

export const cascadeApi = {
  overview: () => '/cascade',
  ofTot: at,
  record: (id: string, session: StaffCascade) => api.post<CascadeSession>(at(id), session),
};

export const cascadePath = (totId?: string) => (totId ? at(totId) : '/cascade');

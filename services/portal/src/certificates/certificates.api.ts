import { ruleOf } from '@ikiraro/auth/policy';
import { api } from '../api/client.ts';
import type { components } from '../api/generated/openapi.ts';

/* Certificates as training answers them to staff (services/training/src/certificates), typed from the API's document. */
type Schemas = components['schemas'];
export type Certificate = Schemas['CertificateView'];
export type CertificateList = Schemas['CertificateListView'];
export type Revocation = Schemas['RevocationDto'];

/** The policy rules of the certificates' screen and its actions (libs/auth's matrix, block `training`). */
export const certificateAccess = {
  list: ruleOf('training', 'GET /certificates'),
  pdf: ruleOf('training', 'GET /certificates/:id/pdf'),
  /** The programme manager and the admin only: a trainer or focal point asks them. */
  revoke: ruleOf('training', 'POST /certificates/:id/revoke'),
};

const at = (id: string) => `/certificates/${encodeURIComponent(id)}`;

export const certificatesApi = {
  /** One ToT's certificates, or every certificate the caller may see; newest first. */
  list: (totId?: string) =>
    totId ? `/certificates?${new URLSearchParams({ totId }).toString()}` : '/certificates',
  pdf: (id: string) => api.download(`${at(id)}/pdf`),
  revoke: (id: string, revocation: Revocation) => api.post<Certificate>(`${at(id)}/revoke`, revocation),
};

/** The certificates' page in the portal, of one ToT or of all. */
export const certificatesPath = (totId?: string) =>
  totId ? `/certificates?${new URLSearchParams({ totId }).toString()}` : '/certificates';

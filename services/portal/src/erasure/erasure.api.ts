import { api } from '../api/client.ts';
import { ApiProblem, send } from '../api/http.ts';

/** Why a person was erased: they asked, or they withdrew their consent (on their profile page or otherwise). */
export const erasureReasons = ['request', 'consent-withdrawn'] as const;
export type ErasureReason = (typeof erasureReasons)[number];

export const isErasureReason = (value: unknown): value is ErasureReason =>
  erasureReasons.includes(value as ErasureReason);

/** One holder's answer to the erasure: what it removed and when, or not yet. */
export interface Confirmation {
  service: string;
  status: 'confirmed' | 'waiting';
  /** Short descriptions in English (`CV`, `1 application`): counts, never the data itself. */
  removed: string[];
  erasedAt: string | null;
}

/** The certificate as the person's link shows it: it names nobody. */
export interface Certificate {
  certificateId: string;
  reason: ErasureReason;
  requestedAt: string;
  complete: boolean;
  confirmations: Confirmation[];
}

/** Staff's view adds whose erasure it is, who asked for it, and their note. */
export interface StaffCertificate extends Certificate {
  memberId: string;
  /** A staff account, or the person themself (`member`) when they withdrew on their profile page. */
  requestedBy: { id: string; role: string };
  note: string | null;
}

/** While a certificate waits for receipts, it is asked for again this often. */
export const pollEveryMs = 2_000;

/**
 * Polls while some holder has not confirmed yet; stops on a certificate that does not exist or may not be read,
 * and slows down when the gateway says there were too many requests.
 */
export const untilComplete = (data: Certificate | undefined, error: unknown): number | false => {
  if (error instanceof ApiProblem && error.status === 429) return pollEveryMs * 5;
  if (error instanceof ApiProblem && error.status >= 400 && error.status < 500) return false;
  return data?.complete ? false : pollEveryMs;
};

/** The public page's address for a certificate (the one the person is given). */
export const certificatePath = (certificateId: string) =>
  `/erasure-certificate?id=${encodeURIComponent(certificateId)}`;

const staffPath = (memberId: string) => `/members/${encodeURIComponent(memberId)}/erasure`;

export const erasureApi = {
  /** Staff's certificate of a member, by member id (GET, for useQuery). */
  staffPath,
  erase: (memberId: string, reason: ErasureReason, note: string | undefined) =>
    api.post<StaffCertificate>(staffPath(memberId), { reason, ...(note ? { note } : {}) }),
  publicPath: (certificateId: string) => `/public/erasure-certificates/${encodeURIComponent(certificateId)}`,
  /** Without a session: the person's link works for anyone who has it, and makes no refresh call. */
  loadPublic: (path: string, signal: AbortSignal) => send<Certificate>('GET', path, { signal }),
};

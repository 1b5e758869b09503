import type { AuditEntry } from '@ikiraro/auth';
import type { CERTIFICATE_KINDS } from '@ikiraro/contracts';

/** Aggregate name of certificates: one per holder and kind in a ToT (the id follows from them). */
export const CERTIFICATE = 'certificate';

export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export type CertificateStatus = 'valid' | 'revoked';

/**
 * A training certificate (a trainee met the programme's thresholds when the course closed) or the professional's
 * certificate of service (their placement completed). What is printed is kept as issued: renaming the course
 * later changes no certificate.
 */
export interface Certificate {
  kind: CertificateKind;
  totId: string;
  iprc: string;
  /** The professional who gave the ToT. */
  memberId: string;
  /** The trainee (training) or the professional's member id (service). */
  holderId: string;
  /** Sealed with the holder's key; null once they are erased. */
  name: string | null;
  email: string | null;
  /** A code of the programme's genders. */
  sex: string;
  /** 10 characters of an unambiguous alphabet, unique: what a verifier types or scans. */
  verificationCode: string;
  /** The ToT's title when issued. */
  course: string;
  /** The course's first and last held session (training), the placement's period (service). */
  period: { start: string; end: string };
  /** Sessions the holder attended (training) or gave (service), of the sessions held. */
  sessions: { attended: number; held: number };
  /** The post-test score, 0–100 (training certificates only). */
  postTestScore: number | null;
  issuedOn: string;
  status: CertificateStatus;
  revokedOn: string | null;
  revocationReason: string | null;
  trail: AuditEntry[];
}

/** Sealed with the holder's key in every version and the projection (ADR 10). */
export const certificateFields = ['name', 'email'] as const;

import { type Caller, entry } from '@ikiraro/auth';
import type { CertificateThresholds } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import { v5 as uuidv5 } from 'uuid';
import type { Certificate, CertificateKind } from './certificate.ts';

/** Certificates' decisions: pure, no I/O, the clock passed in. */
type Actor = Pick<Caller, 'id' | 'name' | 'roles'>;

/** Fixed namespace of certificate ids (UUID v5): the same holder, kind and ToT always name the same id. */
const NAMESPACE = '6f3a2c51-1d0e-4b8a-9c77-2b5e8f0d4a19';

/** One certificate per holder and kind in a ToT: a redelivered event finds the id taken and issues none. */
export const certificateId = (totId: string, kind: CertificateKind, holderId: string) =>
  uuidv5(`${totId}|${kind}|${holderId}`, NAMESPACE);

/** No 0/O, 1/I: read aloud, typed from paper. 32 letters: a byte modulo 32 is unbiased. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 10;

/** A verification code from (at least 10) random or keyed bytes: 50 bits, 10 characters. */
export function verificationCodeOf(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error(`A verification code takes ${CODE_LENGTH} bytes`);
  return [...bytes.subarray(0, CODE_LENGTH)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** A typed or scanned code as stored: upper case, without the spaces and dashes people add. */
export const normaliseVerificationCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

/** What a trainee brought to the close of the course. */
export interface TraineeResult {
  /** Share of the held sessions they attended (present or late), 0–1; absent when no session was held. */
  attendanceShare?: number;
  /** Post-test score, 0–100; absent when they did not take it. */
  postTestScore?: number;
}

/** Floating shares (4/5) meet a threshold written as a decimal (0.8) however they were computed. */
const EPSILON = 1e-9;

/** A trainee meets the programme's thresholds: enough of the held sessions, and the post-test passed. */
export function meetsThresholds(result: TraineeResult, t: CertificateThresholds): boolean {
  const { attendanceShare, postTestScore } = result;
  if (attendanceShare === undefined || postTestScore === undefined) return false;
  return attendanceShare + EPSILON >= t.minAttendanceShare && postTestScore + EPSILON >= t.minPostTestScore;
}

/** Sessions attended of those held, from the share (the register's own count, rounded back). */
export const sessionsAttended = (share: number, held: number) => Math.round(share * held);

export type Issue = Omit<Certificate, 'status' | 'revokedOn' | 'revocationReason' | 'trail' | 'issuedOn'>;

const SYSTEM: Actor = { id: 'training', name: 'Training', roles: [] };

export function issue(what: Issue, now: Date): Certificate {
  return {
    ...what,
    issuedOn: now.toISOString().slice(0, 10),
    status: 'valid',
    revokedOn: null,
    revocationReason: null,
    trail: [entry(SYSTEM, 'issued', now)],
  };
}

/** Revoked for good, with the reason the verification page shows; twice is a conflict. */
export function revoke(cert: Certificate, reason: string, actor: Actor, now: Date): Certificate {
  if (cert.status === 'revoked')
    throw new DomainError(
      'certificate.revoked',
      'conflict',
      `This certificate was revoked on ${cert.revokedOn}`,
    );
  return {
    ...cert,
    status: 'revoked',
    revokedOn: now.toISOString().slice(0, 10),
    revocationReason: reason,
    trail: [...cert.trail, entry(actor, 'revoked', now)],
  };
}

/** Only the programme manager (and the admin) revokes: a trainer or focal point asks them. */
export const mayRevoke = (caller: Pick<Caller, 'roles'>) =>
  caller.roles.some((r) => r === 'programme-manager' || r === 'admin');

/** The portal's public page for a code: what the QR code on the certificate opens. */
export const verificationUrl = (publicUrl: string, code: string) =>
  `${publicUrl}/certificate?code=${encodeURIComponent(code)}`;

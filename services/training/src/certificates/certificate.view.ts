import { programme } from '@ikiraro/programme';
import type { Versioned } from '@ikiraro/messaging';
import type { Certificate } from './certificate.ts';
import type { CertificateView, VerificationView } from './certificate-view.dto.ts';
import { verificationUrl } from './certificate.rules.ts';

export const institutionName = (iprc: string) =>
  programme().host.institutions.find((i) => i.code === iprc)?.name ?? iprc;

export function viewOf({ id, state: c }: Versioned<Certificate>, publicUrl: string): CertificateView {
  return {
    id,
    kind: c.kind,
    status: c.status,
    totId: c.totId,
    iprc: c.iprc,
    holderId: c.holderId,
    name: c.name,
    email: c.email,
    sex: c.sex,
    verificationCode: c.verificationCode,
    verifyUrl: verificationUrl(publicUrl, c.verificationCode),
    course: c.course,
    period: { ...c.period },
    sessions: { ...c.sessions },
    postTestScore: c.postTestScore,
    issuedOn: c.issuedOn,
    revokedOn: c.revokedOn,
    revocationReason: c.revocationReason,
  };
}

/** The verification page's answer: see VerificationView for what is shown, and what never is. */
export function verificationOf(c: Certificate): VerificationView {
  return {
    status: c.status,
    kind: c.kind,
    name: c.name,
    course: c.course,
    iprc: institutionName(c.iprc),
    period: { ...c.period },
    issuedOn: c.issuedOn,
    ...(c.status === 'revoked' ? { revokedOn: c.revokedOn!, revocationReason: c.revocationReason! } : {}),
  };
}

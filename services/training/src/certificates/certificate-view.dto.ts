import type { CertificateKind, CertificateStatus } from './certificate.ts';

export class CertificatePeriodView {
  start!: string;
  end!: string;
}

export class CertificateSessionsView {
  /** Sessions the holder attended (training) or gave (service). */
  attended!: number;
  held!: number;
}

/** A certificate as staff see it. */
export class CertificateView {
  id!: string;
  kind!: CertificateKind;
  status!: CertificateStatus;
  totId!: string;
  iprc!: string;
  /** The trainee (training) or the professional's member id (service). */
  holderId!: string;
  /** Null once the holder is erased. */
  name!: string | null;
  email!: string | null;
  sex!: string;
  verificationCode!: string;
  /** The public page the QR code opens. */
  verifyUrl!: string;
  course!: string;
  period!: CertificatePeriodView;
  sessions!: CertificateSessionsView;
  postTestScore!: number | null;
  issuedOn!: string;
  revokedOn!: string | null;
  revocationReason!: string | null;
}

export class CertificateListView {
  items!: CertificateView[];
}

/**
 * What anyone with a verification code sees, and nothing else: whether the certificate is valid or revoked, its
 * kind, the holder's name as printed, the course's title, the IPRC's name, the course's dates, the day it was
 * issued, and for a revoked one the day and the reason. Never the holder's address, sex, scores or ids.
 */
export class VerificationView {
  status!: CertificateStatus;
  kind!: CertificateKind;
  /** Null once the holder is erased. */
  name!: string | null;
  course!: string;
  /** The IPRC's name. */
  iprc!: string;
  period!: CertificatePeriodView;
  issuedOn!: string;
  revokedOn?: string;
  revocationReason?: string;
}

/** A trainee's own certificate (their personal code): what the verifier sees, with the code to share. */
export class OwnCertificateView extends VerificationView {
  verificationCode!: string;
  verifyUrl!: string;
}

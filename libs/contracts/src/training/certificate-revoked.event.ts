import { defineEvent } from '../event-contract.ts';
import { CertificateRef } from './certificate-issued.event.ts';

export class CertificateRevokedV1 extends CertificateRef {}

export const CertificateRevoked = defineEvent({
  type: 'training.certificate.revoked',
  version: 1,
  payload: CertificateRevokedV1,
  description: 'Staff revoked a certificate (the reason stays in training): the verification page says so.',
});

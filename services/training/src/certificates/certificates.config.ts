import { Matches } from 'class-validator';
import { readEnv } from '@ikiraro/service-defaults';

/** The certificates' settings: where the verification page is, for the QR code printed on each. */
export class CertificatesEnv {
  /** Origin of the portal: a certificate's QR code opens `${PUBLIC_URL}/certificate?code=…`. */
  @Matches(/^https?:\/\/[^/]+$/)
  PUBLIC_URL = 'http://127.0.0.1:3100';
}

export const CERTIFICATES_CONFIG = Symbol('CERTIFICATES_CONFIG');

export const loadCertificatesConfig = (env: NodeJS.ProcessEnv = process.env) =>
  readEnv(CertificatesEnv, 'training (certificates)', env);

import { Inject, Injectable } from '@nestjs/common';
import { programme } from '@ikiraro/programme';
import type { FastifyReply } from 'fastify';
import type { Certificate } from './certificate.ts';
import { certificatePdf, pdfFileName } from './certificate-pdf.ts';
import { verificationUrl } from './certificate.rules.ts';
import { institutionName } from './certificate.view.ts';
import { CERTIFICATES_CONFIG, type CertificatesEnv } from './certificates.config.ts';

/** Sends a certificate's PDF, drawn on request from what was issued (nothing to store, the same each time). */
@Injectable()
export class CertificatePdfs {
  constructor(@Inject(CERTIFICATES_CONFIG) private readonly config: CertificatesEnv) {}

  async send(reply: FastifyReply, c: Certificate) {
    const bytes = await certificatePdf(c, {
      programme: programme().name,
      institution: institutionName(c.iprc),
      verifyUrl: verificationUrl(this.config.PUBLIC_URL, c.verificationCode),
    });
    await reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${pdfFileName(c)}"`)
      .header('cache-control', 'no-store')
      .send(bytes);
  }
}

import { Controller, Get, Headers, Inject, Param, Res } from '@nestjs/common';
import { ApiHeader, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CERTIFICATES_CONFIG, type CertificatesEnv } from './certificates.config.ts';
import { CertificatesService } from './certificates.service.ts';
import type { OwnCertificateView, VerificationView } from './certificate-view.dto.ts';
import { verificationUrl } from './certificate.rules.ts';
import { verificationOf } from './certificate.view.ts';
import { CertificatePdfs } from './certificate-pdfs.ts';

export const TRAINEE_CODE_HEADER = 'x-trainee-code';
const codeHeader = { name: TRAINEE_CODE_HEADER, required: true, description: "The trainee's personal code." };

/** Certificates without an account: anyone verifies a code; a trainee reads their own with their personal code. */
@ApiTags('training')
@Controller('public')
export class PublicCertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly pdfs: CertificatePdfs,
    @Inject(CERTIFICATES_CONFIG) private readonly config: CertificatesEnv,
  ) {}

  /**
   * Verifies a certificate by its code, anonymously (the gateway limits the rate). A verifier sees only: valid or
   * revoked, the kind (training or service), the holder's name, the course, the IPRC's name, the course's dates,
   * the day of issue and, once revoked, the day and reason. Never an address, sex, score or id. An unknown code:
   * 404 `certificate.not_found`.
   */
  @Get('certificates/:code')
  async verify(@Param('code') code: string): Promise<VerificationView> {
    return verificationOf((await this.certificates.byCode(code)).state);
  }

  /** The trainee's own certificate, if they earned one: what a verifier sees, and the code to share. */
  @Get('trainee/certificate')
  @ApiHeader(codeHeader)
  async own(@Headers(TRAINEE_CODE_HEADER) code?: string): Promise<OwnCertificateView> {
    const { state } = await this.certificates.ofTrainee(code);
    return {
      ...verificationOf(state),
      verificationCode: state.verificationCode,
      verifyUrl: verificationUrl(this.config.PUBLIC_URL, state.verificationCode),
    };
  }

  /** The trainee's own certificate as a PDF; a revoked one says so across the page. */
  @Get('trainee/certificate/pdf')
  @ApiHeader(codeHeader)
  @ApiProduces('application/pdf')
  async pdf(@Headers(TRAINEE_CODE_HEADER) code: string | undefined, @Res() reply: FastifyReply) {
    await this.pdfs.send(reply, (await this.certificates.ofTrainee(code)).state);
  }
}

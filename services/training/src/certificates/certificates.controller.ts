import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import type { FastifyReply } from 'fastify';
import { CERTIFICATES_CONFIG, type CertificatesEnv } from './certificates.config.ts';
import { CertificatesService } from './certificates.service.ts';
import { CertificateQueryDto, RevocationDto } from './certificate.dto.ts';
import type { CertificateListView, CertificateView } from './certificate-view.dto.ts';
import { viewOf } from './certificate.view.ts';
import { CertificatePdfs } from './certificate-pdfs.ts';

/** Certificates for staff, through their ToT's scope: a focal point their IPRC's, a trainer their own ToT's. */
@ApiTags('training')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly pdfs: CertificatePdfs,
    @Inject(CERTIFICATES_CONFIG) private readonly config: CertificatesEnv,
  ) {}

  /** One ToT's certificates (`totId`), or those of every ToT the caller may see; newest first. */
  @Get()
  async list(
    @Query() query: CertificateQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CertificateListView> {
    const found = await this.certificates.list(caller, query.totId);
    return { items: found.map((c) => viewOf(c, this.config.PUBLIC_URL)) };
  }

  @Get(':id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<CertificateView> {
    return viewOf(await this.certificates.load(id, caller), this.config.PUBLIC_URL);
  }

  /** The certificate as printed (A4 landscape PDF); a revoked one says so across the page. */
  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  async pdf(@Param('id') id: string, @CurrentCaller() caller: Caller, @Res() reply: FastifyReply) {
    await this.pdfs.send(reply, (await this.certificates.load(id, caller)).state);
  }

  /** Revokes for good, with a reason the verification page shows: the programme manager or the admin. */
  @Post(':id/revoke')
  @HttpCode(200)
  async revoke(
    @Param('id') id: string,
    @Body() dto: RevocationDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CertificateView> {
    return viewOf(await this.certificates.revoke(id, dto.reason.trim(), caller), this.config.PUBLIC_URL);
  }
}

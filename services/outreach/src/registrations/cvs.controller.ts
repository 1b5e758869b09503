import { Body, Controller, HttpCode, type OnModuleInit, Post, Req } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiBody, ApiConsumes, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ikiraro/service-defaults';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CvStore } from './cv-store.ts';
import { acceptRawBody, TakesRawBody } from '@ikiraro/service-defaults';
import { CV_MAX_BYTES, isPdf } from './cv.rules.ts';
import type { CvStoredDto } from './register.dto.ts';

export { CVS, type StoredCv } from './cv-store.ts';

/**
 * The parsed PDF travels under a symbol key: the request guard of service-defaults walks every enumerable key
 * of a body looking for `$` operators, and walking the five million indices of a Buffer costs seconds and
 * hundreds of megabytes. A symbol key is invisible to `Object.entries`.
 */
const PDF_BYTES = Symbol('pdf');
type PdfBody = { [PDF_BYTES]?: Buffer };

@ApiTags('registrations')
@Controller('public/cvs')
export class CvsController implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly cvs: CvStore,
  ) {}

  /** Registered here rather than in main.ts so that tests (`startService(AppModule)`) get it too. */
  onModuleInit() {
    acceptRawBody(
      this.adapterHost.httpAdapter.getInstance<FastifyInstance>(),
      'application/pdf',
      CV_MAX_BYTES,
      (bytes) => ({ [PDF_BYTES]: bytes }) satisfies PdfBody,
    );
  }

  /**
   * Stores a CV before the registration that sends it (`cvId`). The body is the raw PDF
   * (`content-type: application/pdf`, at most 5 MB); what counts is the content, not the declared type.
   * Each client address may upload `CVS_PER_CLIENT_PER_DAY` a day (then 429 `cv.too_many`); a CV that no
   * registration sends within `CV_UNBOUND_HOURS`, or whose registration is never verified, is deleted.
   */
  @Post()
  @TakesRawBody('application/pdf')
  @HttpCode(201)
  @ApiConsumes('application/pdf')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({
    status: 429,
    description: '`cv.too_many`: this client address uploaded its CVs for the day',
  })
  async upload(@Body() body: unknown, @Req() request: FastifyRequest): Promise<CvStoredDto> {
    const bytes = (body as PdfBody | undefined)?.[PDF_BYTES];
    if (!bytes || !isPdf(bytes)) throw new DomainError('cv.not_pdf', 'invalid', 'The CV must be a PDF file');
    return { cvId: await this.cvs.store(bytes, this.cvs.clientAddressOf(request)) };
  }
}

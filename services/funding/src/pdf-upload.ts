import { applyDecorators } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { acceptRawBody, DomainError, isPdf, TakesRawBody } from '@ikiraro/service-defaults';
import type { FastifyInstance } from 'fastify';
import type { FundingEnv } from './funding.config.ts';

/*
 * A PDF sent as the raw body: a proposal's attachment, a milestone's evidence. The bytes travel under a symbol
 * key, out of reach of the request guard's walk of bodies (as placement's).
 */
const PDF_BYTES = Symbol.for('ikiraro.funding.pdf');

/** Registers the PDF parser (at most ATTACHMENT_MAX_MB), once for the instance: any controller's init may. */
export function acceptPdf(adapterHost: HttpAdapterHost, config: FundingEnv): void {
  acceptRawBody(
    adapterHost.httpAdapter.getInstance<FastifyInstance>(),
    'application/pdf',
    config.ATTACHMENT_MAX_MB * 1024 * 1024,
    (bytes) => ({ [PDF_BYTES]: bytes }),
  );
}

/** A route whose body is one PDF, documented as binary. */
export const PdfBody = () =>
  applyDecorators(
    TakesRawBody('application/pdf'),
    ApiConsumes('application/pdf'),
    ApiBody({ schema: { type: 'string', format: 'binary' } }),
  );

/** The body's PDF; 400 `funding.attachment.not_pdf` (`message` says which) when it is none. */
export function pdfOf(body: unknown, message: string): Buffer {
  const bytes = (body as Record<symbol, unknown> | null)?.[PDF_BYTES];
  if (!Buffer.isBuffer(bytes) || !isPdf(bytes))
    throw new DomainError('funding.attachment.not_pdf', 'invalid', message);
  return bytes;
}

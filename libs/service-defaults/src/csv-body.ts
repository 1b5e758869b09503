import { createParamDecorator, type ExecutionContext, HttpException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { acceptRawBody, TakesRawBody } from './raw-body.ts';

/** Largest list accepted by default: some 100,000 rows. The gateway's own limit must let it through too. */
export const CSV_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * A `text/csv` body, kept as bytes (decoding is the import's job: it must refuse what is not UTF-8).
 * The bytes sit in a private field on purpose: the service-wide guard against `$` keys walks every enumerable
 * key of a body, and walking a Buffer's indexes costs about 0.6 s per megabyte.
 */
export class CsvUpload {
  readonly #bytes: Buffer;

  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }

  get bytes(): Buffer {
    return this.#bytes;
  }
}

/** Registers the parser once, for the routes marked `@TakesCsv()` only. */
export const acceptCsv = (fastify: FastifyInstance, limit = CSV_BODY_LIMIT) =>
  acceptRawBody(fastify, 'text/csv', limit, (bytes) => new CsvUpload(bytes));

/** The route takes a `text/csv` body (read with `@CsvBytes()`); no other route reads one. */
export const TakesCsv = () => TakesRawBody('text/csv');

/** The raw bytes of a `text/csv` body; 415 for any other kind of body. */
export const CsvBytes = createParamDecorator((_: unknown, context: ExecutionContext): Buffer => {
  const { body } = context.switchToHttp().getRequest<FastifyRequest>();
  if (!(body instanceof CsvUpload))
    throw new HttpException({ code: 'request.media_type', message: 'Send the list as text/csv' }, 415);
  return body.bytes;
});

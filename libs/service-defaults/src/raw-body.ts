import { RouteConfig } from '@nestjs/platform-fastify';
import { errorCodes, type FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The raw content types the route takes (`@TakesRawBody`). */
    takesRawBody?: readonly string[];
  }
}

/**
 * Marks a route that takes a raw body of this type or these types (`@TakesRawBody('text/csv')`). A parser
 * registered with `acceptRawBody` reads such a body for the routes so marked only: any other route answers 415
 * without reading a byte, so a public route cannot be made to hold a 16 MiB list or a 6 MiB PDF it has no use for.
 */
export const TakesRawBody = (type: string | readonly string[]) =>
  RouteConfig({ takesRawBody: typeof type === 'string' ? [type] : type });

/**
 * Registers the parser of one raw content type, once (tests start the app without main.ts, so modules call it
 * at init). Fastify's parsers belong to the whole instance, which Nest shares between every route: the route's
 * own config is what scopes it here. The body is read as a stream, so a refused one is never buffered.
 */
export function acceptRawBody<T>(
  fastify: FastifyInstance,
  type: string,
  limit: number,
  wrap: (bytes: Buffer) => T,
): void {
  if (fastify.hasContentTypeParser(type)) return;
  fastify.addContentTypeParser(type, (request, payload, done) => {
    if (!request.routeOptions.config.takesRawBody?.includes(type)) {
      done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(), undefined);
      return;
    }
    readAtMost(payload, limit, request.headers['content-length']).then(
      (bytes) => done(null, wrap(bytes)),
      (error: Error) => done(error, undefined),
    );
  });
}

/** The body's bytes, refused (413) as soon as it is declared or found larger than `limit`. */
async function readAtMost(stream: Readable, limit: number, declared: string | undefined): Promise<Buffer> {
  const length = declared === undefined ? undefined : Number(declared);
  if (length !== undefined && length > limit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(); // leaving the loop ends the stream
    chunks.push(chunk);
  }
  if (length !== undefined && size !== length) throw new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH();
  return Buffer.concat(chunks, size);
}

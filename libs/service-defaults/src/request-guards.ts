import type { FastifyError, FastifyInstance } from 'fastify';
import { sendProblem } from './problem.ts';

/**
 * A key starting with `$` anywhere in a JSON body is refused before any code sees it: no MongoDB query
 * operator can be smuggled into a filter through a field that was meant to hold a value.
 */
export function findOperatorKey(value: unknown, depth = 0): string | undefined {
  // Raw bodies (a PDF, a CSV) are bytes, not documents: walking a Buffer's indexes would cost seconds.
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value))
    return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('$')) return key;
    const found = findOperatorKey(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Fastify-level guards and errors (before Nest sees the request), answered as problem+json like the rest. */
export function guardRequests(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', async (request, reply) => {
    const key = findOperatorKey(request.body);
    if (key)
      return sendProblem(reply, request, {
        status: 400,
        code: 'request.operator_key',
        title: `Field names may not start with $ (${key})`,
      });
  });
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const [status, code, title] = transportProblem(error) ?? [500, 'internal', 'Internal error'];
    if (status >= 500) request.log.error(error);
    return sendProblem(reply, request, { status, code, title });
  });
}

/** Errors raised by Fastify and its plugins before a handler runs (parsing, size, rate limits), as problems. */
export function transportProblem(error: unknown): [number, string, string] | undefined {
  const { code, statusCode } = (error ?? {}) as { code?: string; statusCode?: number };
  const known: Record<string, [number, string, string]> = {
    FST_ERR_CTP_BODY_TOO_LARGE: [413, 'request.too_large', 'The request body is too large'],
    FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'request.media_type', 'This content type is not accepted'],
    FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'request.malformed', 'The JSON body is empty'],
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'request.malformed', 'The content length is wrong'],
  };
  if (code && known[code]) return known[code];
  if (statusCode === 429) return [429, 'rate_limited', 'Too many requests, try again later'];
  if (statusCode === 400 && (code?.startsWith('FST_') || error instanceof SyntaxError))
    return [400, 'request.malformed', 'The request body is not valid JSON'];
  return undefined;
}

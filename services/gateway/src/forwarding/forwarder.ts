import { allows, callerOf, policy, PUBLIC, type PublicKey, ruleOf } from '@ikiraro/auth';
import { childTraceParent, messageContext } from '@ikiraro/observability';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { Pool } from 'undici';
import { v7 as uuidv7 } from 'uuid';
import { upstreamFailure, upstreamPool } from './upstream.ts';

export const apiPrefix = '/api/v1';

/** Request headers that travel to the owning service; everything else stays at the gateway. */
const forwardedRequestHeaders = [
  'authorization',
  'content-type',
  'accept',
  'accept-language',
  'x-member-token',
];

/** Bodies forwarded as they came (files, CSV), with their own size limits; JSON is parsed and re-sent. */
export const rawBodies: Record<string, number> = {
  'application/pdf': 6 * 1024 * 1024,
  'text/csv': 16 * 1024 * 1024,
};
/** Response headers that travel back. */
const forwardedResponseHeaders = [
  'content-type',
  'content-disposition',
  'location',
  'retry-after',
  'cache-control',
];

const problem = (reply: FastifyReply, request: FastifyRequest, status: number, code: string, title: string) =>
  reply
    .status(status)
    .header('content-type', 'application/problem+json')
    .send({
      type: 'about:blank',
      title,
      status,
      code,
      instance: request.url,
      correlationId: correlationOf(request),
    });

const correlationOf = (request: FastifyRequest) =>
  messageContext.current()?.correlationId ?? String(request.headers['x-correlation-id'] ?? request.id);

export interface ForwardingOptions {
  serviceUrls: Record<string, string>;
  timeoutMs: number;
  publicKey: PublicKey;
}

/**
 * Every route of the policy matrix owned by another service becomes `/api/v1<route>` here, forwarded to that
 * service's internal API with the caller's token, correlation id and trace context. The gateway applies the
 * matrix first (the first wall); the service applies it again. Routes outside the matrix do not exist here.
 */
export function registerForwarding(
  fastify: FastifyInstance,
  options: ForwardingOptions,
): () => Promise<void> {
  for (const [type, bodyLimit] of Object.entries(rawBodies)) {
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
  }
  const pools = new Map<string, Pool>();
  for (const [service, routes] of Object.entries(policy)) {
    if (service === 'gateway') continue;
    const base = options.serviceUrls[service];
    if (!base) throw new Error(`SERVICE_URLS has no URL for ${service}, which owns routes of the public API`);
    const pool = upstreamPool(base, options.timeoutMs);
    pools.set(service, pool);
    for (const route of Object.keys(routes)) {
      const [method, path] = route.split(' ') as [HTTPMethods, string];
      fastify.route({
        method,
        url: `${apiPrefix}${path}`,
        // Public forms share the stricter rate-limit bucket of sign-in.
        config: { strictRateLimit: routes[route as keyof typeof routes] === PUBLIC && method !== 'GET' },
        handler: async (request, reply) => {
          const caller = await callerOf(request, options.publicKey).catch(() => undefined);
          if (caller === undefined)
            return problem(
              reply,
              request,
              401,
              'auth.token_invalid',
              'The access token is not valid or has expired',
            );
          const rule = ruleOf(service, route);
          if (!allows(rule, caller?.roles ?? null)) {
            return caller
              ? problem(reply, request, 403, 'auth.forbidden', 'Your role does not allow this')
              : problem(reply, request, 401, 'auth.unauthenticated', 'Sign in to use this route');
          }
          return forward(pool, service, request, reply);
        },
      });
    }
  }
  return async () => {
    await Promise.all([...pools.values()].map((pool) => pool.close()));
  };
}

async function forward(pool: Pool, service: string, request: FastifyRequest, reply: FastifyReply) {
  const headers: Record<string, string> = {
    'x-correlation-id': correlationOf(request),
    traceparent: messageContext.current()?.traceparent ?? childTraceParent(undefined),
    'x-request-id': String(request.id ?? uuidv7()),
    'x-forwarded-for': request.ip,
  };
  for (const name of forwardedRequestHeaders) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const path = request.url.slice(apiPrefix.length);
  const hasBody = request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD';
  try {
    const response = await pool.request({
      method: request.method as HTTPMethods,
      path,
      headers,
      body: !hasBody
        ? undefined
        : Buffer.isBuffer(request.body)
          ? request.body
          : JSON.stringify(request.body),
    });
    reply.status(response.statusCode);
    for (const name of forwardedResponseHeaders) {
      const value = response.headers[name];
      if (typeof value === 'string') reply.header(name, value);
    }
    return reply.send(response.body);
  } catch (error) {
    const failure = upstreamFailure(error, service);
    if (failure.status === 502) request.log.error(error);
    return problem(reply, request, failure.status, failure.code, failure.title);
  }
}

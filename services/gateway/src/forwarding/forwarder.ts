import { Logger } from '@nestjs/common';
import { allows, type Caller, policy, PUBLIC, type PublicKey, ruleOf } from '@ikiraro/auth';
import { messageContext } from '@ikiraro/observability';
import { type Problem, sendProblem } from '@ikiraro/service-defaults';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods, RouteOptions } from 'fastify';
import type { Pool } from 'undici';
import { publicFormLimit } from '../edge/edge-protections.ts';
import { knownCallers, unknown } from './known-callers.ts';
import { childTraceParent, newCorrelationId } from './request-ids.ts';
import { upstreamFailure, upstreamPool } from './upstream.ts';

export const apiPrefix = '/api/v1';

/** Request headers that travel to the owning service; everything else stays at the gateway. */
const forwardedRequestHeaders = [
  'authorization',
  'content-type',
  'accept',
  'accept-language',
  'x-member-token',
  // The e-mail preferences page's signed link (notifications' `GET|PUT /public/preferences`)
  'x-preferences-token',
  // A placement offer's signed link (placement's `/public/offer`)
  'x-offer-token',
  // A trainee's personal code (training's `/public/check-in`, tests, feedback, certificate): they have no account
  'x-trainee-code',
  // A team's invitation to a call (funding's `/public/proposal`, `/public/award`): trainees have no account
  'x-invitation-token',
];

/**
 * Bodies the gateway accepts on forwarded routes, with their size limits: JSON, except on the routes that take a
 * file, which take that file only (a 16 MiB body anywhere else would be 16 MiB read for nothing). Any other
 * body is refused before it is read: 415 `request.media_type`, or 413 `request.too_large` beyond the limit.
 * They travel as the bytes that came: the owning service parses them and refuses malformed JSON, `$` keys and
 * unknown fields itself (every service does, as its own wall), so parsing them here would only double that work.
 */
const jsonBodies = { 'application/json': 1_048_576 };
const csvBodies = { 'text/csv': 16 * 1024 * 1024 };
const fileRoutes: Record<string, Record<string, number>> = {
  'POST /imports/dry-run': csvBodies,
  'POST /imports': csvBodies,
  'POST /public/cvs': { 'application/pdf': 6 * 1024 * 1024 },
  'POST /placements/:id/tasks/:key/attachments': { 'application/pdf': 6 * 1024 * 1024 },
  'POST /tots/:id/trainees/import/dry-run': { 'text/csv': 2 * 1024 * 1024 },
  'POST /tots/:id/trainees/import': { 'text/csv': 2 * 1024 * 1024 },
  'POST /public/proposal/attachments': { 'application/pdf': 10 * 1024 * 1024 },
  'POST /public/award/milestones/:milestoneId/evidence': { 'application/pdf': 10 * 1024 * 1024 },
  // RFC 8058: a mail client's one-click POST carries a form body (which says nothing the address does not)
  'POST /public/unsubscribe': { 'application/x-www-form-urlencoded': 1024, 'multipart/form-data': 1024 },
};
export const forwardedBodies = (route: string): Record<string, number> => fileRoutes[route] ?? jsonBodies;

const takeBodies = (fastify: FastifyInstance, bodies: Record<string, number>) => {
  for (const [type, bodyLimit] of Object.entries(bodies)) {
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
  }
};

/** Response headers that travel back. */
const forwardedResponseHeaders = [
  'content-type',
  'content-disposition',
  'location',
  'retry-after',
  'cache-control',
];
/** Responses up to this size are read whole and sent in one write; larger ones are streamed through. */
const bufferedResponseLimit = 256 * 1024;

declare module 'fastify' {
  interface FastifyRequest {
    /** The correlation id and trace context a forwarded request carries to its service. */
    forwarding: { correlationId: string; traceparent: string };
  }
}

/** A problem answered by the forwarding path, carrying the correlation id the request was given. */
export const problem = (reply: FastifyReply, request: FastifyRequest, answer: Problem) =>
  sendProblem(reply, request, answer, request.forwarding?.correlationId ?? String(request.id));

export interface ForwardingOptions {
  serviceUrls: Record<string, string>;
  timeoutMs: number;
  publicKey: PublicKey;
}

const logger = new Logger('Forwarding');

const header = (request: FastifyRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
};

/**
 * Every route of the policy matrix owned by another service becomes `/api/v1<route>` on `fastify`, forwarded to
 * that service's internal API with the caller's token, correlation id and trace context. The gateway applies the
 * matrix first (the first wall); the service applies it again. Routes outside the matrix do not exist here.
 */
export function registerForwarding(
  fastify: FastifyInstance,
  options: ForwardingOptions,
): () => Promise<void> {
  fastify.removeAllContentTypeParsers();
  takeBodies(fastify, jsonBodies);
  // The caller's correlation id (or a new one) and a child span of its trace, as the services' own middleware.
  fastify.decorateRequest('forwarding', null as never);
  fastify.addHook('onRequest', (request, reply, done) => {
    const correlationId = header(request, 'x-correlation-id') ?? newCorrelationId();
    request.forwarding = { correlationId, traceparent: childTraceParent(header(request, 'traceparent')) };
    reply.header('x-correlation-id', correlationId);
    done();
  });
  const callers = knownCallers(options.publicKey);
  const pools = new Map<string, Pool>();
  for (const [service, routes] of Object.entries(policy)) {
    if (service === 'gateway') continue;
    const base = options.serviceUrls[service];
    if (!base) throw new Error(`SERVICE_URLS has no URL for ${service}, which owns routes of the public API`);
    const pool = upstreamPool(base, options.timeoutMs);
    pools.set(service, pool);
    for (const route of Object.keys(routes)) {
      const [method, path] = route.split(' ') as [HTTPMethods, string];
      const rule = ruleOf(service, route);
      const routeOptions: RouteOptions = {
        method,
        url: `${apiPrefix}${path}`,
        config: rule === PUBLIC && method !== 'GET' ? publicFormLimit : {},
        handler: (request, reply) => {
          // Answers problems itself (a sync handler must not return the reply), or returns the forwarding.
          const checked = (caller: Caller | null | undefined) => {
            if (caller === undefined) {
              problem(reply, request, {
                status: 401,
                code: 'auth.token_invalid',
                title: 'The access token is not valid or has expired',
              });
            } else if (!allows(rule, caller?.roles ?? null)) {
              if (caller)
                problem(reply, request, {
                  status: 403,
                  code: 'auth.forbidden',
                  title: 'Your role does not allow this',
                });
              else
                problem(reply, request, {
                  status: 401,
                  code: 'auth.unauthenticated',
                  title: 'Sign in to use this route',
                });
            } else return forward(pool, service, request, reply);
          };
          const known = callers.recall(request);
          return known === unknown ? callers.verify(request).then(checked) : checked(known);
        },
      };
      const bodies = forwardedBodies(route);
      if (bodies === jsonBodies) fastify.route(routeOptions);
      // A route that takes a file gets a Fastify scope of its own, where that file's parser is the only one.
      else
        void fastify.register(async (own) => {
          own.removeAllContentTypeParsers();
          takeBodies(own, bodies);
          own.route(routeOptions);
        });
    }
  }
  return async () => {
    await Promise.all([...pools.values()].map((pool) => pool.close()));
  };
}

async function forward(pool: Pool, service: string, request: FastifyRequest, reply: FastifyReply) {
  const headers: Record<string, string> = {
    'x-correlation-id': request.forwarding.correlationId,
    traceparent: request.forwarding.traceparent,
    'x-request-id': String(request.id),
    // The client as the gateway resolved it (TRUSTED_PROXIES), for limits of the service's own.
    'x-forwarded-for': request.clientAddress,
  };
  for (const name of forwardedRequestHeaders) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const hasBody = Buffer.isBuffer(request.body) && request.method !== 'GET' && request.method !== 'HEAD';
  try {
    const response = await pool.request({
      method: request.method as HTTPMethods,
      path: request.url.slice(apiPrefix.length),
      headers,
      body: hasBody ? (request.body as Buffer) : undefined,
    });
    // A small answer (most are) goes out in one write with its length, not as a chunked stream.
    const length = Number(response.headers['content-length']);
    const body =
      length <= bufferedResponseLimit ? Buffer.from(await response.body.arrayBuffer()) : response.body;
    reply.status(response.statusCode);
    for (const name of forwardedResponseHeaders) {
      const value = response.headers[name];
      if (typeof value === 'string') reply.header(name, value);
    }
    if (!Buffer.isBuffer(body) && length > 0) reply.header('content-length', length);
    return reply.send(body);
  } catch (error) {
    const failure = upstreamFailure(error, service);
    if (failure.status === 502)
      messageContext.run({ ...request.forwarding, causationId: null, actor: 'gateway' }, () =>
        logger.error(`${request.method} ${request.url} → ${service}: ${String(error)}`),
      );
    return problem(reply, request, failure);
  }
}

import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import { hashOf } from '@ikiraro/persistence';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from 'mongodb';
import type { GatewayConfig } from '../gateway.config.ts';
import { clientAddressOf } from '@ikiraro/service-defaults';
import { recordClientAddress } from './client-address.ts';
import { sharedRateLimitStore } from './rate-limit-store.ts';
import { securityHeaders, sendSecurityHeaders } from './security-headers.ts';

/** What every route of the gateway gets at the edge, whichever of its Fastify instances serves it. */
export type EdgeProtections = ((fastify: FastifyInstance) => Promise<void>) & { close(): void };

type Bucket = 'api' | 'sign-in' | 'public-form';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The rate-limit budget the route counts against, per client address; `api` when not set. */
    rateLimitBucket?: Bucket;
    /** Also limit submissions per e-mail address in the body (`email`), from any address. */
    limitPerEmail?: boolean;
  }
}

/** Sign-in and the links that set a password: few per person, so a small budget per address. */
export const signInLimit = { rateLimitBucket: 'sign-in' } as const;
/**
 * Public forms (registration and its counters, CVs, self-service links): a room of people on one network may send
 * many at once, so the budget per address is large, and what keeps one address from spamming a person is the
 * limit per e-mail address.
 */
export const publicFormLimit = { rateLimitBucket: 'public-form', limitPerEmail: true } as const;

const bucketOf = (request: FastifyRequest): Bucket => request.routeOptions.config?.rateLimitBucket ?? 'api';

/** The body's `email`, normalised, whether the body is parsed (own routes) or JSON bytes (forwarded ones). */
function emailIn(body: unknown): string | undefined {
  let value = body;
  if (Buffer.isBuffer(body)) {
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch {
      return undefined; // the owning service refuses it
    }
  }
  const email = (value as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
}

/**
 * Security headers, CORS and the rate limits, built once from the settings and applied to each of the gateway's
 * Fastify instances alike, with one rate-limit count per client for all of them.
 */
export async function edgeProtections(config: GatewayConfig, db: Db): Promise<EdgeProtections> {
  const headers = await securityHeaders(config.PUBLIC_URL);
  // Same origin by default: the portal is served from here. Other origins only when listed.
  const origins = [config.PUBLIC_URL, ...(config.CORS_ORIGINS?.split(',') ?? [])];
  const store = sharedRateLimitStore(db);
  const addressOf = clientAddressOf(config.trustedProxies);
  const budgets: Record<Bucket, number> = {
    api: config.RATE_LIMIT_PER_MINUTE,
    'sign-in': config.AUTH_RATE_LIMIT_PER_MINUTE,
    'public-form': config.PUBLIC_FORM_RATE_LIMIT_PER_MINUTE,
  };
  const protections = async (fastify: FastifyInstance) => {
    // First: the rate limit, the lockout and the services all count by this address.
    recordClientAddress(fastify, addressOf);
    sendSecurityHeaders(fastify, headers);
    await fastify.register(fastifyCors, { origin: origins, credentials: true, maxAge: 600 });
    await fastify.register(fastifyRateLimit, {
      global: true,
      timeWindow: 60_000,
      store,
      max: (request: FastifyRequest) => budgets[bucketOf(request)],
      keyGenerator: (request: FastifyRequest) => `${bucketOf(request)}:${request.clientAddress}`,
    });
    // Per e-mail address, once the body is read; counted per form, so that one form cannot use up another's.
    const perEmail = fastify.createRateLimit({
      timeWindow: 3_600_000,
      max: config.FORM_SUBMISSIONS_PER_EMAIL_PER_HOUR,
      keyGenerator: (request: FastifyRequest) =>
        `email:${request.routeOptions.url}:${hashOf(emailIn(request.body) ?? '')}`,
    });
    fastify.addHook('preHandler', async (request, reply) => {
      if (!request.routeOptions.config?.limitPerEmail || !emailIn(request.body)) return;
      const limit = await perEmail(request);
      if (limit.isAllowed || !limit.isExceeded) return;
      reply.header('retry-after', limit.ttlInSeconds);
      throw Object.assign(new Error('Too many submissions for this e-mail address'), { statusCode: 429 });
    });
  };
  return Object.assign(protections, { close: store.close });
}

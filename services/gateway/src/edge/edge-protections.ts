import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../gateway.config.ts';
import { clientAddressOf, recordClientAddress } from './client-address.ts';
import { sharedRateLimitStore } from './rate-limit-store.ts';
import { securityHeaders, sendSecurityHeaders } from './security-headers.ts';

/** What every route of the gateway gets at the edge, whichever of its Fastify instances serves it. */
export type EdgeProtections = (fastify: FastifyInstance) => Promise<void>;

/**
 * Security headers, CORS and the rate limits, built once from the settings and applied to each of the gateway's
 * Fastify instances alike, with one rate-limit count per client for all of them.
 */
export async function edgeProtections(config: GatewayConfig): Promise<EdgeProtections> {
  const headers = await securityHeaders(config.PUBLIC_URL);
  // Same origin by default: the portal is served from here. Other origins only when listed.
  const origins = [config.PUBLIC_URL, ...(config.CORS_ORIGINS?.split(',') ?? [])];
  const store = sharedRateLimitStore();
  const addressOf = clientAddressOf(config.trustedProxies);
  return async (fastify) => {
    // First: the rate limit, the lockout and the services all count by this address.
    recordClientAddress(fastify, addressOf);
    sendSecurityHeaders(fastify, headers);
    await fastify.register(fastifyCors, { origin: origins, credentials: true, maxAge: 600 });
    await fastify.register(fastifyRateLimit, {
      global: true,
      timeWindow: 60_000,
      store,
      max: (request: FastifyRequest) =>
        strict(request) ? config.AUTH_RATE_LIMIT_PER_MINUTE : config.RATE_LIMIT_PER_MINUTE,
      keyGenerator: (request: FastifyRequest) =>
        `${request.clientAddress}:${strict(request) ? 'auth' : 'api'}`,
    });
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Sign-in and public forms share a stricter bucket. */
    strictRateLimit?: boolean;
  }
}

const strict = (request: FastifyRequest) => request.routeOptions.config?.strictRateLimit === true;

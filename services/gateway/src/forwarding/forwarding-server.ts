import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { policy } from '@ikiraro/auth';
import { transportProblem } from '@ikiraro/service-defaults';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { EdgeProtections } from '../edge/edge-protections.ts';
import { apiPrefix, type ForwardingOptions, problem, registerForwarding } from './forwarder.ts';

/** The first path segment of every forwarded route (`/api/v1/<segment>/…`), from the policy matrix. */
function forwardedSegments(): Set<string> {
  const first = (route: string) => route.split(' ')[1]!.split('/')[1]!;
  const own = new Set(Object.keys(policy.gateway).map(first));
  const forwarded = new Set(
    Object.entries(policy)
      .filter(([service]) => service !== 'gateway')
      .flatMap(([, routes]) => Object.keys(routes).map(first)),
  );
  const shared = [...forwarded].filter((segment) => own.has(segment));
  if (shared.length > 0)
    throw new Error(
      `/api/v1/${shared[0]} has routes of the gateway and of a service: give one another prefix`,
    );
  return forwarded;
}

/**
 * The forwarded routes, on a Fastify instance of their own beside the Nest application that serves the
 * gateway's own routes. A forwarded request then pays only for what the edge must do for it — security headers,
 * CORS, the rate limit, the token, the policy — and not for Nest's request hooks, its middleware and the plugins
 * its own routes need (measured: three to four times the CPU per request). The two instances share the edge
 * settings and one rate-limit count per client, so a client sees one API.
 */
export async function forwardingServer(
  protections: EdgeProtections,
  options: ForwardingOptions,
): Promise<FastifyInstance> {
  // Path parameters up to 300 characters, as the services take them (a message's id is over Fastify's 100).
  const fastify = Fastify({ bodyLimit: 1_048_576, routerOptions: { maxParamLength: 300 } });
  await protections(fastify);
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const [status, code, title] = transportProblem(error) ?? [500, 'internal', 'Internal error'];
    if (status >= 500) new Logger('Forwarding').error(error.stack ?? String(error));
    return problem(reply, request, { status, code, title });
  });
  fastify.setNotFoundHandler((request, reply) =>
    problem(reply, request, {
      status: 404,
      code: 'http.404',
      title: `Cannot ${request.method} ${request.url}`,
    }),
  );
  const closePools = registerForwarding(fastify, options);
  fastify.addHook('onClose', closePools);
  await fastify.ready();
  return fastify;
}

/**
 * Hands the requests for forwarded routes that reach the gateway's HTTP server to `forwarding`, and all others to
 * the Fastify instance of the Nest application, which created the server and is its only request listener.
 */
export function takeForwardedRequests(server: Server, forwarding: FastifyInstance): void {
  const segments = forwardedSegments();
  const [nest, ...others] = server.listeners('request') as ((...args: unknown[]) => void)[];
  if (!nest || others.length > 0) throw new Error('the gateway expected one request listener: Fastify');
  server.removeListener('request', nest);
  const prefix = `${apiPrefix}/`;
  server.on('request', (request, response) => {
    const url = request.url ?? '';
    const end = url.slice(prefix.length).search(/[/?#]/);
    const segment = url.startsWith(prefix)
      ? url.slice(prefix.length, end === -1 ? undefined : prefix.length + end)
      : undefined;
    if (segment !== undefined && segments.has(segment)) forwarding.routing(request, response);
    else nest(request, response);
  });
}

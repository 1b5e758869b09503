import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { messageContext } from '@ikiraro/observability';
import type { FastifyRequest } from 'fastify';
import { AuthError, forbidden, unauthenticated } from './auth.error.ts';
import { allows, PUBLIC, ruleOf } from './policy.ts';
import type { Caller } from './roles.ts';
import { InvalidTokenError, type PublicKey, verifyAccessToken } from './token.ts';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  /** The service whose part of the policy matrix applies. */
  service: string;
  publicKey: PublicKey;
  /** Stripped from the route before looking it up (the gateway serves its own routes under /api/v1). */
  routePrefix?: string;
  /** Routes outside the matrix that need no token: health probes, documents, the gateway's forwarding. */
  open?: string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller | null;
  }
}

/** The caller of a request's bearer token: null without one, 401 for a bad one. */
export async function callerOf(request: FastifyRequest, key: PublicKey): Promise<Caller | null> {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated('Use a Bearer token');
  try {
    return await verifyAccessToken(token, key);
  } catch (error) {
    if (error instanceof InvalidTokenError)
      throw new AuthError(401, 'auth.token_invalid', 'The access token is not valid or has expired');
    throw error;
  }
}

/**
 * Every service's own wall: applies the policy matrix to each route it serves, whatever the gateway did.
 * A route missing from the matrix is forbidden.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const template = request.routeOptions.url ?? request.url;
    if (this.options.open?.includes(`${request.method} ${template}`)) return true;
    const path = template.slice(this.options.routePrefix?.length ?? 0);
    const rule = ruleOf(this.options.service, `${request.method} ${path}`);
    const caller = await callerOf(request, this.options.publicKey);
    request.caller = caller;
    const current = messageContext.current();
    if (caller && current) current.actor = caller.id;
    if (rule === PUBLIC) return true;
    if (!caller) throw unauthenticated();
    if (!allows(rule, caller.roles)) throw forbidden();
    return true;
  }
}

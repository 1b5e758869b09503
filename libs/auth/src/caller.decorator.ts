import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { forbidden } from './auth.error.ts';
import type { Caller } from './roles.ts';

/** The signed-in caller (the guard has verified the token): `@CurrentCaller() caller: Caller`. */
export const CurrentCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<FastifyRequest>().caller,
);

/**
 * Scope checks, for the services that own scoped data. Roles without a scope (admin, programme manager,
 * auditor…) see every office and IPRC; an outreach officer only their office, a focal point only their IPRC.
 */
export function assertOffice(caller: Caller, office: string): void {
  if (caller.roles.includes('outreach-officer') && !caller.roles.some(unscoped) && caller.office !== office)
    throw forbidden(`Your office is ${caller.office ?? 'not set'}, not ${office}`);
}

export function assertIprc(caller: Caller, iprc: string): void {
  if (caller.roles.includes('iprc-focal-point') && !caller.roles.some(unscoped) && caller.iprc !== iprc)
    throw forbidden(`Your IPRC is ${caller.iprc ?? 'not set'}, not ${iprc}`);
}

const unscoped = (role: string) => role === 'admin' || role === 'programme-manager' || role === 'auditor';

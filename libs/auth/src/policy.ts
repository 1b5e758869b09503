import type { Role } from './roles.ts';

/**
 * The policy matrix: every route of the public API, by owning service, and the roles allowed on it.
 * Written once: services enforce it on their own routes, the gateway enforces it before forwarding, the portal
 * shows only what it allows, and one test walks every role against every route. A route that is missing here
 * is forbidden to everyone. Scopes (an officer's office, a focal point's IPRC) are checked by the services.
 */
export const PUBLIC = 'public';
export const ANY_SIGNED_IN = 'signed-in';
export type Rule = typeof PUBLIC | typeof ANY_SIGNED_IN | readonly Role[];

const staff = ['admin', 'programme-manager', 'outreach-officer', 'auditor'] as const;

export const policy = {
  gateway: {
    'POST /auth/login': PUBLIC,
    'POST /auth/refresh': PUBLIC,
    'POST /auth/logout': PUBLIC,
    'POST /auth/invitations/accept': PUBLIC,
    'POST /auth/password-reset': PUBLIC,
    'POST /auth/password-reset/confirm': PUBLIC,
    'GET /auth/me': ANY_SIGNED_IN,
    'GET /users': ['admin'],
    'POST /users': ['admin'],
    'GET /users/:id': ['admin'],
    'PATCH /users/:id': ['admin'],
    'POST /users/:id/invitation': ['admin'],
    'POST /users/:id/sessions/revoke': ['admin'],
  },
  outreach: {
    'POST /campaigns': ['admin', 'programme-manager', 'outreach-officer'],
    'GET /campaigns/:id': staff,
  },
  reporting: {
    'GET /figures/campaigns': [...staff, 'twg-member'],
  },
} as const satisfies Record<string, Record<string, Rule>>;

export type Service = keyof typeof policy;

/** The rule of `METHOD /path-template` on a service, or undefined when the route is not in the matrix. */
export function ruleOf(service: string, route: string): Rule | undefined {
  return (policy as Record<string, Record<string, Rule>>)[service]?.[route];
}

/** Whether a caller with these roles (none: anonymous) may call the route. */
export function allows(rule: Rule | undefined, callerRoles: readonly string[] | null): boolean {
  if (rule === undefined) return false;
  if (rule === PUBLIC) return true;
  if (callerRoles === null) return false;
  if (rule === ANY_SIGNED_IN) return true;
  return callerRoles.some((role) => (rule as readonly string[]).includes(role));
}

import { MEMBER, type Role } from './roles.ts';

/**
 * The policy matrix: every route of the public API, by owning service, and the roles allowed on it.
 * Written once: services enforce it on their own routes, the gateway enforces it before forwarding, the portal
 * shows only what it allows, and one test walks every role against every route. A route that is missing here
 * is forbidden to everyone. Scopes (an officer's office, a focal point's IPRC) are checked by the services.
 */
export const PUBLIC = 'public';
/** Any staff account (a member's token is not a signed-in account). */
export const ANY_SIGNED_IN = 'signed-in';
export type Rule = typeof PUBLIC | typeof ANY_SIGNED_IN | readonly Role[];

const staff = ['admin', 'programme-manager', 'outreach-officer', 'auditor'] as const;
/** Who runs outreach: creates and changes campaigns, imports and exports registrants. */
const outreachTeam = ['admin', 'programme-manager', 'outreach-officer'] as const;
/** Who follows the selection: reads ToRs, applications (reviewers: their panels only) and the balance. */
const selectionReaders = ['admin', 'programme-manager', 'twg-member', 'iprc-focal-point', 'auditor'] as const;
/** Who drafts ToRs from the needs assessment (an IPRC focal point: for their IPRC). */
const torAuthors = ['programme-manager', 'iprc-focal-point'] as const;
/** Who sees a ToR's applications: the programme manager, its panel (checked by selection) and auditors. */
const panelReaders = ['admin', 'programme-manager', 'twg-member', 'auditor'] as const;

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
    'GET /reviewers': ['programme-manager'],
    'POST /auth/member-token': PUBLIC,
    // The programme definition (offices, institutions, vocabularies) for the portal's public pages too
    'GET /programme': PUBLIC,
  },
  outreach: {
    // Campaigns (an outreach officer: their office's only, checked by outreach)
    'GET /campaigns': staff,
    'POST /campaigns': outreachTeam,
    'GET /campaigns/:id': staff,
    'PATCH /campaigns/:id': outreachTeam,
    'POST /campaigns/:id/launch': outreachTeam,
    'POST /campaigns/:id/close': outreachTeam,
    'GET /campaigns/:id/funnel': staff,
    // Registrants
    'GET /members': staff,
    'GET /members/export': outreachTeam,
    'GET /members/:id': staff,
    // Erasure on request, imported people included; its certificate (the person's link names no one)
    'POST /members/:id/erasure': ['admin', 'programme-manager'],
    'GET /members/:id/erasure': ['admin', 'programme-manager', 'auditor'],
    'GET /public/erasure-certificates/:certificateId': PUBLIC,
    'POST /imports/dry-run': outreachTeam,
    'POST /imports': outreachTeam,
    // Public pages: no account; registrants prove themselves with e-mailed links (a member token)
    'GET /public/campaigns/:slug': PUBLIC,
    'POST /public/campaigns/:slug/visits': PUBLIC,
    'POST /public/campaigns/:slug/starts': PUBLIC,
    'POST /public/cvs': PUBLIC,
    'POST /public/registrations': PUBLIC,
    'POST /public/registrations/verify': PUBLIC,
    'POST /public/self-service/link': PUBLIC,
    'GET /public/self-service/profile': PUBLIC,
    'PUT /public/self-service/profile': PUBLIC,
    'POST /public/self-service/withdraw': PUBLIC,
    'GET /public/self-service/tors': PUBLIC,
  },
  selection: {
    'GET /tors': selectionReaders,
    'POST /tors': torAuthors,
    'GET /tors/:id': selectionReaders,
    'PATCH /tors/:id': torAuthors,
    'POST /tors/:id/approve': ['programme-manager'],
    'POST /tors/:id/publish': ['programme-manager'],
    'POST /tors/:id/close': ['programme-manager'],
    'PUT /tors/:id/panel': ['programme-manager'],
    'GET /tors/:id/applications': panelReaders,
    'GET /tors/:id/report': ['admin', 'programme-manager', 'auditor'],
    'GET /applications/:id': panelReaders,
    'POST /applications/:id/declaration': ['twg-member'],
    'PUT /applications/:id/scorecard': ['twg-member'],
    'POST /applications/:id/notes': ['programme-manager', 'twg-member'],
    'POST /applications/:id/shortlist': ['programme-manager'],
    'POST /applications/:id/decision': ['programme-manager'],
    'GET /balance': selectionReaders,
    // Public pages and the applicant's own (a member token from `POST /auth/member-token`)
    'GET /public/tors': PUBLIC,
    'GET /member/applications': [MEMBER],
    'POST /member/applications': [MEMBER],
  },
  reporting: {
    'GET /figures/campaigns': [...staff, 'twg-member'],
    'GET /figures/members': [...staff, 'twg-member'],
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
  if (rule === ANY_SIGNED_IN) return callerRoles.some((role) => role !== MEMBER);
  return callerRoles.some((role) => (rule as readonly string[]).includes(role));
}

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

/** Who follows placements: staff, the host IPRC's focal point and the professional as trainer (scoped). */
const placementReaders = [
  'admin',
  'programme-manager',
  'outreach-officer',
  'iprc-focal-point',
  'trainer',
  'auditor',
] as const;

/** Who follows Trainings of Trainers: staff, the IPRC's focal point and the trainer (scoped by training). */
const trainingReaders = ['admin', 'programme-manager', 'iprc-focal-point', 'trainer', 'auditor'] as const;
/** Who runs one: its trainer, the IPRC's focal point, the programme manager. */
const trainingRunners = ['programme-manager', 'iprc-focal-point', 'trainer'] as const;

/** Who follows the funding of pilots: staff, the committee (its assigned proposals, checked by funding), auditors. */
const fundingReaders = ['admin', 'programme-manager', 'twg-member', 'auditor'] as const;
/** Who runs calls, the qualifying round, allocation, awards and tranches. */
const fundingManagers = ['programme-manager'] as const;
/** A call's committee: its members score (each call names its own, checked by funding). */
const committee = ['twg-member', 'programme-manager'] as const;

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
  placement: {
    // The board and a placement's page: a focal point sees their IPRC's, a trainer their own (checked by placement)
    'GET /placements': placementReaders,
    'GET /placements/:id': placementReaders,
    // Logistics: by the task's owner role or the programme manager (checked by placement)
    'PATCH /placements/:id/tasks/:key': ['programme-manager', 'iprc-focal-point', 'outreach-officer'],
    'POST /placements/:id/tasks/:key/attachments': [
      'programme-manager',
      'iprc-focal-point',
      'outreach-officer',
    ],
    'GET /placements/:id/tasks/:key/attachments/:attachmentId': placementReaders,
    'POST /placements/:id/arrival': ['programme-manager', 'iprc-focal-point'],
    'POST /placements/:id/report': ['trainer'],
    'POST /placements/:id/appraisal': ['iprc-focal-point'],
    'POST /placements/:id/cancel': ['programme-manager'],
    // The professional's offer, by the signed link of the offer mail
    'GET /public/offer': PUBLIC,
    'POST /public/offer/accept': PUBLIC,
    'POST /public/offer/decline': PUBLIC,
  },
  training: {
    // ToTs: a focal point sees their IPRC's, a trainer their own (checked by training)
    'GET /tots': trainingReaders,
    'GET /tots/:id': trainingReaders,
    'PATCH /tots/:id': trainingRunners,
    'POST /tots/:id/sessions': trainingRunners,
    'PATCH /tots/:id/sessions/:sessionId': trainingRunners,
    'POST /tots/:id/sessions/:sessionId/cancel': trainingRunners,
    // Trainees, one by one or from a list (dry run first)
    'GET /tots/:id/trainees': trainingReaders,
    'POST /tots/:id/trainees': trainingRunners,
    'POST /tots/:id/trainees/import/dry-run': trainingRunners,
    'POST /tots/:id/trainees/import': trainingRunners,
    'POST /tots/:id/trainees/:traineeId/erasure': trainingRunners,
    // Attendance: the rotating check-in code, marks by hand (synced from an offline queue), the register
    'GET /tots/:id/sessions/:sessionId/check-in-code': trainingRunners,
    'POST /tots/:id/sessions/:sessionId/marks': trainingRunners,
    'GET /tots/:id/sessions/:sessionId/register': trainingReaders,
    'POST /tots/:id/sessions/:sessionId/close': trainingRunners,
    // Assessment: questions, pre- and post-tests, scores by hand, the gain; closing the course
    'GET /tots/:id/assessment': trainingReaders,
    'PUT /tots/:id/assessment/questions': trainingRunners,
    'POST /tots/:id/assessment/:kind/open': trainingRunners,
    'POST /tots/:id/assessment/:kind/close': trainingRunners,
    'PUT /tots/:id/assessment/:kind/scores': trainingRunners,
    'POST /tots/:id/close': trainingRunners,
    // Cascade: sessions trained teachers give to their own students, and the tree
    'GET /cascade': trainingReaders,
    'GET /tots/:id/cascade': trainingReaders,
    'POST /tots/:id/cascade': trainingRunners,
    // Certificates: staff list, download and revoke; anyone verifies a code
    'GET /certificates': trainingReaders,
    'GET /certificates/:id': trainingReaders,
    'GET /certificates/:id/pdf': trainingReaders,
    'POST /certificates/:id/revoke': ['admin', 'programme-manager'],
    'GET /public/certificates/:code': PUBLIC,
    // A trainee, by their personal code (header x-trainee-code): check in, their record, tests, feedback, cascade
    'POST /public/check-in': PUBLIC,
    'GET /public/trainee': PUBLIC,
    'GET /public/trainee/certificate': PUBLIC,
    'GET /public/trainee/certificate/pdf': PUBLIC,
    'GET /public/tests/:kind': PUBLIC,
    'POST /public/tests/:kind': PUBLIC,
    'POST /public/feedback': PUBLIC,
    'GET /public/cascade': PUBLIC,
    'POST /public/cascade': PUBLIC,
  },
  funding: {
    // Calls for pilot proposals: drafted, opened (the finished ToTs' teams are invited), closed; the committee
    'GET /calls': fundingReaders,
    'POST /calls': fundingManagers,
    'GET /calls/:id': fundingReaders,
    'PATCH /calls/:id': fundingManagers,
    'POST /calls/:id/open': fundingManagers,
    'POST /calls/:id/close': fundingManagers,
    'PUT /calls/:id/committee': fundingManagers,
    'GET /calls/:id/invitations': fundingReaders,
    'GET /calls/:id/dashboard': fundingReaders,
    'GET /cohorts': fundingReaders,
    // Proposals, for staff and the committee (a member: the proposals of calls they sit on)
    'GET /calls/:id/proposals': fundingReaders,
    'GET /proposals/:id': fundingReaders,
    'GET /proposals/:id/attachments/:attachmentId': fundingReaders,
    // A team, by its invitation (header x-invitation-token): its proposal, drafted and submitted from a phone
    'GET /public/invitation': PUBLIC,
    'GET /public/proposal': PUBLIC,
    'PUT /public/proposal': PUBLIC,
    'POST /public/proposal/attachments': PUBLIC,
    'DELETE /public/proposal/attachments/:attachmentId': PUBLIC,
    'POST /public/proposal/submit': PUBLIC,
    // Review: the qualifying round, conflicts of interest, rubric scores, the ranking and the shortlist
    'POST /proposals/:id/qualification': fundingManagers,
    'POST /proposals/:id/conflict': committee,
    'PUT /proposals/:id/score': committee,
    'GET /calls/:id/review': fundingReaders,
    'POST /calls/:id/shortlist': fundingManagers,
    // Allocation within the fund, explained line by line; approved (or adjusted, with a reason) into awards
    'GET /calls/:id/allocation': fundingReaders,
    'POST /calls/:id/allocation/approve': fundingManagers,
    // Awards: milestones reported by the team, approved or returned; tranches paid; a mentor paired
    'GET /awards': fundingReaders,
    'GET /awards/:id': fundingReaders,
    'GET /awards/:id/milestones/:milestoneId/evidence': fundingReaders,
    'POST /awards/:id/milestones/:milestoneId/approve': fundingManagers,
    'POST /awards/:id/milestones/:milestoneId/return': fundingManagers,
    'POST /awards/:id/milestones/:milestoneId/payment': fundingManagers,
    'GET /awards/:id/mentors': fundingReaders,
    'POST /awards/:id/mentor': fundingManagers,
    'GET /public/award': PUBLIC,
    'POST /public/award/milestones/:milestoneId/evidence': PUBLIC,
    'POST /public/award/milestones/:milestoneId/report': PUBLIC,
    // Investors: a public sign-up verified by e-mail, then an account; matches, interest, pledges
    'POST /public/investors': PUBLIC,
    'POST /public/investors/verify': PUBLIC,
    'GET /investors': fundingReaders,
    'GET /investor/profile': ['investor'],
    'PUT /investor/profile': ['investor'],
    'GET /investor/matches': ['investor'],
    'GET /investor/proposals/:id': ['investor'],
    'POST /investor/proposals/:id/interest': ['investor'],
    'POST /investor/proposals/:id/pledges': ['investor'],
  },
  notifications: {
    // The delivery log: addresses and outcomes of every message
    'GET /deliveries': ['admin'],
    'GET /deliveries/:id': ['admin'],
    // A person's own preferences, opened by the signed link of any message; RFC 8058 one-click unsubscribe
    'GET /public/preferences': PUBLIC,
    'PUT /public/preferences': PUBLIC,
    'POST /public/unsubscribe': PUBLIC,
    // Partners' webhook subscriptions (a secret is answered once, on creation and rotation) and their deliveries
    'GET /webhooks': ['admin'],
    'POST /webhooks': ['admin'],
    'GET /webhooks/:id': ['admin'],
    'PATCH /webhooks/:id': ['admin'],
    'POST /webhooks/:id/enable': ['admin'],
    'POST /webhooks/:id/disable': ['admin'],
    'POST /webhooks/:id/secret': ['admin'],
    'GET /webhooks/:id/deliveries': ['admin'],
  },
  reporting: {
    'GET /figures/campaigns': [...staff, 'twg-member'],
    'GET /figures/funding': [...staff, 'twg-member'],
    'GET /figures/members': [...staff, 'twg-member'],
    'GET /figures/placements': [...staff, 'twg-member'],
    'GET /figures/training': [...staff, 'twg-member'],
    // The logframe: small cells suppressed for readers outside staff; its sources and the donor's reports
    'GET /logframe': [...staff, 'twg-member', 'iprc-focal-point'],
    'GET /logframe/indicators/:code/sources': staff,
    'GET /reports/:quarter': [...staff, 'twg-member'],
    'GET /reports/:quarter/iati': [...staff, 'twg-member'],
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

import { ruleOf } from '@ikiraro/auth/policy';

/** The policy rules behind each page and action of the portal: one place, read by navigation and guards. */
export const access = {
  dashboard: ruleOf('gateway', 'GET /auth/me'),
  users: ruleOf('gateway', 'GET /users'),
  inviteUser: ruleOf('gateway', 'POST /users'),
  editUser: ruleOf('gateway', 'PATCH /users/:id'),
  resendInvitation: ruleOf('gateway', 'POST /users/:id/invitation'),
  revokeSessions: ruleOf('gateway', 'POST /users/:id/sessions/revoke'),
  campaignFigures: ruleOf('reporting', 'GET /figures/campaigns'),
};

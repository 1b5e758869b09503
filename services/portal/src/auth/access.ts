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
  campaigns: ruleOf('outreach', 'GET /campaigns'),
  campaign: ruleOf('outreach', 'GET /campaigns/:id'),
  createCampaign: ruleOf('outreach', 'POST /campaigns'),
  editCampaign: ruleOf('outreach', 'PATCH /campaigns/:id'),
  launchCampaign: ruleOf('outreach', 'POST /campaigns/:id/launch'),
  closeCampaign: ruleOf('outreach', 'POST /campaigns/:id/close'),
  campaignFunnel: ruleOf('outreach', 'GET /campaigns/:id/funnel'),
  registrants: ruleOf('outreach', 'GET /members'),
  registrant: ruleOf('outreach', 'GET /members/:id'),
  exportRegistrants: ruleOf('outreach', 'GET /members/export'),
  importDryRun: ruleOf('outreach', 'POST /imports/dry-run'),
  importRegistrants: ruleOf('outreach', 'POST /imports'),
};

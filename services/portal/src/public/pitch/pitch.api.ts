import { ruleOf } from '@ikiraro/auth/policy';
import { api } from '../../api/client.ts';
import { send } from '../../api/http.ts';
import type {
  AwardMilestone,
  Eligibility,
  Money,
  Proposal,
  RubricCriterion,
} from '../../funding/funding.api.ts';

/* The public pages of funding: a team by its invitation (`x-invitation-token`), investors signing up. */

/** calls/call-view.dto.ts PublicInvitationView. */
export interface PublicInvitation {
  call: {
    id: string;
    title: string;
    description: string;
    status: 'draft' | 'open' | 'closed';
    deadline: string;
    ceiling: number;
    currency: string;
    rubric: RubricCriterion[];
    eligibility: Eligibility;
  };
  invitee: { role: 'trainee' | 'trainer'; name: string | null };
  team: { role: 'trainee' | 'trainer'; name: string | null }[];
}

/** The body of PUT /public/proposal (proposals/proposal.dto.ts ProposalDraftDto). */
export interface ProposalDraft {
  title?: string;
  summary?: string;
  problem?: string;
  localNeed?: string;
  solution?: string;
  sector?: string;
  jobsExpected?: number;
  budget?: { item: string; quantity: number; unitCost: number }[];
  milestones?: { id?: string; title: string; due: string; amount: number }[];
  leadId?: string;
}

/** The team's award (awards feature): its milestones, the next one to report. */
export interface TeamAward {
  id: string;
  title: string;
  currency: string;
  ledger: { awarded: number };
  milestones: AwardMilestone[];
}
export interface MilestoneReport {
  narrative: string;
  figures: { jobsCreated: number };
  evidence: string[];
}

export interface InvestorInterests {
  sectors: string[];
  iprcs: string[];
  provinces: string[];
  ticketMin: number;
  ticketMax: number;
  currency: string;
  instruments: Instrument[];
}
export const instruments = ['grant', 'loan', 'equity', 'in-kind'] as const;
export type Instrument = (typeof instruments)[number];
export interface InvestorSignUp {
  organisation: string;
  name: string;
  email: string;
  locale: string;
  interests: InvestorInterests;
  consent: { terms: true; version: string };
}

/** investors/investor-view.dto.ts. */
export interface Teaser {
  proposalId: string;
  callId: string;
  title: string;
  summary: string;
  sector: string;
  iprc: string;
  requested: Money;
  jobsExpected: number;
}
export interface Match extends Teaser {
  matchId: string;
  stage: 'shortlisted' | 'awarded';
  reasons: string[];
  matchedAt: string;
  interestExpressed: boolean;
}
export interface Pledge {
  pledgeId: string;
  proposalId: string;
  pledged: Money;
  instrument: Instrument;
  conditions: string | null;
  madeAt: string;
}
export interface InvestorProposal extends Teaser {
  stages: ('shortlisted' | 'awarded')[];
  reasons: string[];
  interestExpressed: boolean;
  termsVersion: string | null;
  details: {
    problem: string;
    localNeed: string;
    solution: string;
    currency: string;
    budget: { item: string; quantity: number; unitCost: number; total: number }[];
    milestones: { title: string; due: string; amount: number }[];
  } | null;
  pledges: Pledge[];
}
export interface InvestorProfile {
  investorId: string;
  organisation: string;
  name: string | null;
  email: string | null;
  locale: string;
  interests: InvestorInterests;
  verifiedAt: string | null;
}

/** The version of the investors' terms and of the confidentiality terms shown (`pitch.invest.terms*`). */
export const investorTermsVersion = '2026-12';

export const INVITATION_HEADER = 'x-invitation-token';
const withToken = (token: string) => ({ [INVITATION_HEADER]: token });
/** The cache's keys: one entry per token (the token travels as a header, never in the address asked). */
const keyOf = (path: string, token: string) => `${path}?invitation=${encodeURIComponent(token)}`;

export const pitchApi = {
  invitationKey: (token: string) => keyOf('/public/invitation', token),
  invitation: (token: string) => (_key: string, signal: AbortSignal) =>
    send<PublicInvitation>('GET', '/public/invitation', { signal, headers: withToken(token) }),
  proposalKey: (token: string) => keyOf('/public/proposal', token),
  proposal: (token: string) => (_key: string, signal: AbortSignal) =>
    send<Proposal>('GET', '/public/proposal', { signal, headers: withToken(token) }),
  save: (token: string, draft: ProposalDraft) =>
    send<Proposal>('PUT', '/public/proposal', { headers: withToken(token), body: draft }),
  submit: (token: string) => send<Proposal>('POST', '/public/proposal/submit', { headers: withToken(token) }),
  attach: (token: string, file: File) =>
    send<Proposal['attachments'][number]>(
      'POST',
      `/public/proposal/attachments?name=${encodeURIComponent(file.name)}`,
      { headers: withToken(token), file: { data: file, type: 'application/pdf' } },
    ),
  detach: (token: string, attachmentId: string) =>
    send<void>('DELETE', `/public/proposal/attachments/${encodeURIComponent(attachmentId)}`, {
      headers: withToken(token),
    }),

  awardKey: (token: string) => keyOf('/public/award', token),
  award: (token: string) => (_key: string, signal: AbortSignal) =>
    send<TeamAward>('GET', '/public/award', { signal, headers: withToken(token) }),
  evidence: (token: string, milestoneId: string, file: File) =>
    send<{ id: string; name: string }>(
      'POST',
      `/public/award/milestones/${encodeURIComponent(milestoneId)}/evidence?name=${encodeURIComponent(file.name)}`,
      { headers: withToken(token), file: { data: file, type: 'application/pdf' } },
    ),
  report: (token: string, milestoneId: string, report: MilestoneReport) =>
    send<unknown>('POST', `/public/award/milestones/${encodeURIComponent(milestoneId)}/report`, {
      headers: withToken(token),
      body: report,
    }),

  signUp: (form: InvestorSignUp) =>
    send<{ status: 'verification-sent' }>('POST', '/public/investors', { body: form }),
  verify: (token: string) =>
    send<{ status: 'verified' }>('POST', '/public/investors/verify', { body: { token } }),

  /** Signed in with the `investor` role. */
  matches: '/investor/matches',
  profile: '/investor/profile',
  investorProposal: (proposalId: string) => `/investor/proposals/${encodeURIComponent(proposalId)}`,
  changeProfile: (interests: InvestorInterests) =>
    api.put<InvestorProfile>('/investor/profile', { interests }),
  express: (proposalId: string) =>
    api.post<InvestorProposal>(`/investor/proposals/${encodeURIComponent(proposalId)}/interest`, {
      acceptTerms: true,
      termsVersion: investorTermsVersion,
    }),
  pledge: (
    proposalId: string,
    pledge: { id: string; amount: number; currency: string; instrument: Instrument; conditions?: string },
  ) => api.post<Pledge>(`/investor/proposals/${encodeURIComponent(proposalId)}/pledges`, pledge),
};

export const pitchPaths = {
  matches: '/investor/matches',
  proposal: (proposalId: string) => `/investor/proposals/${encodeURIComponent(proposalId)}`,
  profile: '/investor/profile',
};

/** The investor's pages' rules (libs/auth's matrix, block `funding`). */
export const investorAccess = {
  matches: ruleOf('funding', 'GET /investor/matches'),
  proposal: ruleOf('funding', 'GET /investor/proposals/:id'),
  profile: ruleOf('funding', 'GET /investor/profile'),
};

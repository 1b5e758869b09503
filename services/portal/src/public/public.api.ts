import { send, serverNow } from '../api/http.ts';
import type { Campaign } from '../campaigns/campaigns.api.ts';
import type { Language } from '../i18n/i18n.ts';
import type { Availability, CampaignStatus, Channel, Country, Qualification } from '../outreach/outreach.ts';

/** A campaign as its public page shows it. */
export type PublicCampaign = Omit<Campaign, 'id' | 'version' | 'office' | 'createdAt' | 'status'> & {
  status: Exclude<CampaignStatus, 'draft'>;
};

/** The profile facts a registrant gives, and may later change themselves. */
export interface ProfileInput {
  /** Null in a stored profile that has none. */
  phone?: string | null;
  countryOfResidence: Country;
  qualifications: Qualification[];
  subjects: string[];
  yearsOfExperience: number;
  languages: string[];
  availability: Availability[];
  gender?: string | null;
}

export interface Registration extends ProfileInput {
  campaign: string;
  channel: Channel;
  firstName: string;
  lastName: string;
  email: string;
  cvId?: string;
  consent: { programme: true; opportunities: boolean; mentoring?: boolean; textVersion: string };
  locale: Language;
  /** The honeypot: people leave it empty, form-filling robots do not. */
  website: string;
  /** ISO time the form was opened: a form sent a second after it opened was not filled in by a person. */
  startedAt: string;
}

export interface SelfServiceProfile extends ProfileInput {
  firstName: string;
  lastName: string;
  email: string;
  consent: {
    programme: { given: boolean; at: string; textVersion: string };
    opportunities: { given: boolean; at: string; textVersion: string };
    /** Only for members who answered the mentoring question (it came after the first registrations). */
    mentoring?: { given: boolean; at: string; textVersion: string };
  } | null;
}

export interface OpenTor {
  torId: string;
  title: string;
  iprc: string;
  subject: string;
  period: Availability;
  durationMonths: number;
  /** In one of the registrant's subjects (listed first). */
  matchesMySubjects?: boolean;
}

/** Outreach answers `{items}` with the ToR contract's `period: {start, end}`; the page shows it like availability. */
type OpenTorsAnswer = { items: (Omit<OpenTor, 'period'> & { period: { start: string; end: string } })[] };

function openTors(answer: OpenTorsAnswer): OpenTor[] {
  return answer.items.map((tor) => ({ ...tor, period: { from: tor.period.start, to: tor.period.end } }));
}

/** One of the registrant's applications and where it stands (failed screening rules included). */
export interface MyApplication {
  id: string;
  torId: string;
  torTitle: string | null;
  iprc: string | null;
  status: 'ineligible' | 'eligible' | 'shortlisted' | 'selected' | 'reserve' | 'rejected';
  submittedAt: string;
  screening: { eligible: boolean; results: { rule: string; passed: boolean; detail: string }[] };
}

/*
 * Applying needs an access token for the member, exchanged for the link's token and kept in memory for its few
 * minutes (never stored): when it lapses, the link is exchanged again.
 */
const memberTokens = new Map<string, { accessToken: string; expiresAt: number }>();

async function memberAccess(token: string): Promise<string> {
  const known = memberTokens.get(token);
  if (known && known.expiresAt - 30_000 > serverNow()) return known.accessToken;
  const grant = await send<{ accessToken: string; expiresAt: string }>(
    'POST',
    '/auth/member-token',
    member(token),
  );
  memberTokens.set(token, { accessToken: grant.accessToken, expiresAt: Date.parse(grant.expiresAt) });
  return grant.accessToken;
}

/** The largest CV the API takes. */
export const maxCvBytes = 5 * 1024 * 1024;

const campaign = (slug: string) => `/public/campaigns/${encodeURIComponent(slug)}`;
const member = (token: string) => ({ headers: { 'x-member-token': token } });

/** The pages without an account: no bearer token; a registrant proves themselves with an e-mailed link. */
export const publicApi = {
  campaign: (slug: string, signal?: AbortSignal) => send<PublicCampaign>('GET', campaign(slug), { signal }),
  visit: (slug: string, channel: string) =>
    send<void>('POST', `${campaign(slug)}/visits`, { body: { channel } }),
  start: (slug: string, channel: string) =>
    send<void>('POST', `${campaign(slug)}/starts`, { body: { channel } }),
  uploadCv: (file: Blob) =>
    send<{ cvId: string }>('POST', '/public/cvs', { file: { data: file, type: 'application/pdf' } }),
  register: (registration: Registration) =>
    send<{ status: 'verification-sent' }>('POST', '/public/registrations', { body: registration }),
  verify: (token: string) =>
    send<{ memberId: string; outcome: 'registered' | 'updated' }>('POST', '/public/registrations/verify', {
      body: { token },
    }),
  requestLink: (email: string) => send<void>('POST', '/public/self-service/link', { body: { email } }),
  profile: (token: string) => send<SelfServiceProfile>('GET', '/public/self-service/profile', member(token)),
  updateProfile: (
    token: string,
    changes: ProfileInput & { consent: { opportunities: boolean; mentoring?: boolean } },
  ) => send<SelfServiceProfile>('PUT', '/public/self-service/profile', { ...member(token), body: changes }),
  /** Erases the registrant; the answer leads to their erasure certificate (`/erasure-certificate?id=…`). */
  withdraw: (token: string) =>
    send<{ certificateId: string; certificateUrl: string }>(
      'POST',
      '/public/self-service/withdraw',
      member(token),
    ),
  tors: async (token: string) =>
    openTors(await send<OpenTorsAnswer>('GET', '/public/self-service/tors', member(token))),
  apply: async (token: string, torId: string, motivation: string) =>
    send<MyApplication>('POST', '/member/applications', {
      token: await memberAccess(token),
      body: { torId, motivation },
    }),
  applications: async (token: string) =>
    (
      await send<{ items: MyApplication[] }>('GET', '/member/applications', {
        token: await memberAccess(token),
      })
    ).items,
};

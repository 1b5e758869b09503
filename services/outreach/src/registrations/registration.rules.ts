import { MemberProfileUpdated, MemberRegistered, QUALIFICATION_LEVELS } from '@ikiraro/contracts';
import { type Decision, event, type Versioned } from '@ikiraro/messaging';
import { contactEvents, type Member, profileOf } from '../members/member.ts';
import type { Locale } from './verification.messages.ts';

/** A form filled faster than this after it was opened was not filled by a person. */
export const MIN_FILL_MS = 3_000;
/** How long a verification link works. */
export const VERIFICATION_TTL_MS = 48 * 3_600_000;
/** Verification e-mails to one address per hour: nobody can turn the form into a mail bomb. */
export const MAILS_PER_ADDRESS_PER_HOUR = 5;

/** A bot filled the hidden field, or sent the form too soon (or from the future) after opening it. */
export function isSpam(form: { website?: string; startedAt: string }, now: Date): boolean {
  if (form.website && form.website.trim() !== '') return true;
  const elapsed = now.getTime() - Date.parse(form.startedAt);
  return !(elapsed >= MIN_FILL_MS);
}

/** What a verified registration makes of a member: the form, cleaned, with the campaign resolved. */
export type Registration = Pick<
  Member,
  | 'campaignId'
  | 'channel'
  | 'office'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'countryOfResidence'
  | 'qualifications'
  | 'subjects'
  | 'yearsOfExperience'
  | 'languages'
  | 'availability'
  | 'gender'
  | 'cvId'
> & {
  /** `mentoring` absent in a registration kept before it was asked: not given. */
  consent: { opportunities: boolean; mentoring?: boolean; textVersion: string };
  locale: Locale;
  /** ISO time the form was submitted: the time of the consent. */
  submittedAt: string;
};

/** Highest qualification first, whatever order the form sent (stable among equals). */
export function highestFirst<Q extends { level: (typeof QUALIFICATION_LEVELS)[number] }>(list: Q[]): Q[] {
  const rank = (q: Q) => QUALIFICATION_LEVELS.indexOf(q.level);
  return [...list].sort((a, b) => rank(b) - rank(a));
}

export type Outcome = 'registered' | 'updated';

/**
 * The next version of the member a verified registration is for. New (or erased, or only imported/pending):
 * it becomes a registered member, announced by `MemberRegistered`. Already registered: its data is replaced by
 * the newer form (where it came from stays the same), announced by `MemberProfileUpdated` when the facts that
 * other services hold changed.
 */
export function decideVerified(
  memberId: string,
  current: Versioned<Member> | null,
  registration: Registration,
  now: string,
): Decision<Member> & { outcome: Outcome } {
  const before = current && current.state.status !== 'erased' ? current.state : null;
  const { consent, submittedAt, locale, ...data } = registration;
  const alreadyRegistered = before?.status === 'registered';
  const state: Member = {
    ...(before ?? {}),
    ...withoutUndefined(data),
    // A registered member keeps where they first came from; anyone else registers through this campaign.
    ...(alreadyRegistered
      ? { campaignId: before.campaignId, channel: before.channel, office: before.office }
      : {}),
    status: 'registered',
    consent: {
      programme: { given: true, at: submittedAt, textVersion: consent.textVersion },
      opportunities: { given: consent.opportunities, at: submittedAt, textVersion: consent.textVersion },
      mentoring: { given: consent.mentoring ?? false, at: submittedAt, textVersion: consent.textVersion },
    },
    locale,
    createdAt: before?.createdAt ?? now,
    verifiedAt: alreadyRegistered && before.verifiedAt ? before.verifiedAt : now,
  };
  // Left out of the new form: no longer stated. A CV stays until another replaces it.
  if (data.phone === undefined) delete state.phone;
  if (data.gender === undefined) delete state.gender;
  if (data.cvId === undefined && before?.cvId) state.cvId = before.cvId;

  const facts = { profile: profileOf(state), availability: state.availability };
  if (!alreadyRegistered) {
    const registered = {
      memberId,
      campaignId: state.campaignId,
      channel: state.channel,
      office: state.office,
    };
    return {
      state,
      events: [
        event(MemberRegistered, { ...registered, ...facts }),
        ...contactEvents(memberId, before, state),
      ],
      outcome: 'registered',
    };
  }
  const changed =
    JSON.stringify(facts) !==
    JSON.stringify({ profile: profileOf(before), availability: before.availability ?? [] });
  return {
    state,
    events: [
      ...(changed ? [event(MemberProfileUpdated, { memberId, ...facts })] : []),
      ...contactEvents(memberId, before, state),
    ],
    outcome: 'updated',
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

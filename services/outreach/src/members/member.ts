import {
  type AvailabilityWindow,
  MemberContactUpdated,
  type MemberProfile,
  type REGISTRATION_CHANNELS,
} from '@ikiraro/contracts';
import { event, type PendingEvent } from '@ikiraro/messaging';
import type { ProgrammeCode } from '@ikiraro/programme';

/**
 * A member (a registrant, then a registered member) is an aggregate of outreach (libs/messaging's
 * AggregateStore): every change is a new version stored with the events it announces, so concurrent edits never
 * overwrite each other on FerretDB. The relay keeps the latest state of each in the `members` collection, which
 * staff search reads. Personal data lives here and nowhere else; events carry ids and the profile facts only.
 */
export const MEMBER = 'member';

/** The e-mail → member key (`member_emails`, `_id` = normalised e-mail): one member per address, atomically. */
export const MEMBER_EMAILS = 'member_emails';

export type MemberStatus =
  /** Filled the public form; has not yet clicked the verification link (does not count yet). */
  | 'pending'
  /** Verified their e-mail: a registered member (`outreach.member.registered` was published). */
  | 'registered'
  /** Came from an imported diaspora-mapping list; has not confirmed or consented through the form yet. */
  | 'imported'
  /** Withdrew consent or asked for erasure: personal data removed, only the id and status remain. */
  | 'erased';

export interface Qualification {
  level: MemberProfile['qualificationLevel'];
  field: string;
  institution: string;
  /** Year obtained. */
  year: number;
}

export interface ConsentRecord {
  given: boolean;
  /** ISO time the member answered. */
  at: string;
  /** Version of the consent text they saw (e.g. `2026-11`), so the exact wording can be shown later. */
  textVersion: string;
}

export interface Member {
  status: MemberStatus;
  campaignId: string;
  channel: (typeof REGISTRATION_CHANNELS)[number];
  office: ProgrammeCode;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  countryOfResidence: MemberProfile['countryOfResidence'];
  /** Highest first. */
  qualifications: Qualification[];
  subjects: string[];
  yearsOfExperience: number;
  languages: string[];
  availability: AvailabilityWindow[];
  /** As the member describes it, if they chose to say; only for balance figures. */
  gender?: string;
  /** The stored CV (`cvs` collection), if any. */
  cvId?: string;
  consent: {
    /** Processing for this programme: required to register. */
    programme: ConsentRecord;
    /** Being contacted about future opportunities: optional. */
    opportunities: ConsentRecord;
    /**
     * Mentoring a pilot project of TVET trainees (funding suggests them as a mentor): optional. Absent from
     * members who answered before the question was asked: not given.
     */
    mentoring?: ConsentRecord;
  } | null;
  createdAt: string;
  verifiedAt?: string;
  /** Language the member chose on the form (`en`, `fr`, `de`, `rw`): for the e-mails we send them. */
  locale?: 'en' | 'fr' | 'de' | 'rw';
}

/** What selection screens and matches on (the events' `profile`), from a member's data. */
export function profileOf(member: Member): MemberProfile {
  const [highest] = member.qualifications;
  return {
    countryOfResidence: member.countryOfResidence,
    qualificationLevel: highest!.level,
    qualificationField: highest!.field,
    yearsOfExperience: member.yearsOfExperience,
    languages: member.languages,
    subjects: member.subjects,
    ...(member.gender ? { gender: member.gender } : {}),
  };
}

/** How notifications (and funding, for mentors) reach a registered member: what `MemberContactUpdated` carries. */
const contactOf = (memberId: string, member: Member) => ({
  memberId,
  email: member.email,
  firstName: member.firstName,
  lastName: member.lastName,
  locale: member.locale ?? 'en',
  opportunities: member.consent?.opportunities.given ?? false,
  subjects: member.subjects,
  mentoring: member.consent?.mentoring?.given ?? false,
});

/** `MemberContactUpdated` when a change makes a member registered or changes how to reach them; else none. */
export function contactEvents(memberId: string, before: Member | null, after: Member): PendingEvent[] {
  if (after.status !== 'registered') return [];
  const contact = contactOf(memberId, after);
  const unchanged =
    before?.status === 'registered' &&
    JSON.stringify(contactOf(memberId, before)) === JSON.stringify(contact);
  return unchanged ? [] : [event(MemberContactUpdated, contact)];
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Where a member's personal fields are (ADR 10): sealed with their key in every stored version and in the
 * `members` projection. Status, campaign, channel, office, country and dates stay in clear: the figures and the
 * staff filters need them, and they name nobody once the rest is unreadable.
 */
export const memberFields = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'qualifications',
  'subjects',
  'yearsOfExperience',
  'languages',
  'availability',
  'gender',
  'cvId',
  'consent',
] as const;

import { describe, expect, it } from '@jest/globals';
import type { Member } from '../members/member.ts';
import { decideVerified, isSpam, type Registration } from './registration.rules.ts';

const registration: Registration = {
  campaignId: 'c-new',
  channel: 'email',
  office: 'DE',
  firstName: 'Eric',
  lastName: 'Nkusi',
  email: 'eric@example.org',
  countryOfResidence: 'DE',
  qualifications: [{ level: 'bachelor', field: 'Mechanics', institution: 'TU Berlin', year: 2011 }],
  subjects: ['Automotive'],
  yearsOfExperience: 8,
  languages: ['rw', 'de'],
  availability: [],
  consent: { opportunities: true, textVersion: 'v2' },
  locale: 'de',
  submittedAt: '2026-11-20T08:00:00.000Z',
};
const now = '2026-11-20T09:00:00.000Z';
const existing = (state: Partial<Member>) => ({
  id: 'm1',
  version: 3,
  state: {
    ...registration,
    campaignId: 'c-old',
    channel: 'mapping-import',
    office: 'BE',
    consent: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    cvId: 'cv-old',
    ...state,
  } as Member,
});

describe('decideVerified', () => {
  it('makes a new member registered through the campaign, with consent at submission time', () => {
    const decision = decideVerified('m1', null, registration, now);
    expect(decision.outcome).toBe('registered');
    expect(decision.state).toMatchObject({
      status: 'registered',
      campaignId: 'c-new',
      createdAt: now,
      verifiedAt: now,
      consent: { programme: { given: true, at: registration.submittedAt, textVersion: 'v2' } },
    });
    expect(decision.events.map((e) => e.contract.type)).toEqual([
      'outreach.member.registered',
      'outreach.member.contact-updated',
    ]);
    // What notifications needs to write to them (and placement, the full name), and nothing else
    expect(decision.events[1]!.data).toEqual({
      memberId: 'm1',
      email: 'eric@example.org',
      firstName: 'Eric',
      lastName: 'Nkusi',
      locale: 'de',
      opportunities: true,
      subjects: ['Automotive'],
      mentoring: false,
    });
  });

  it('records a consent to mentor with the form, and announces a change of it alone as a new contact', () => {
    const mentor = { ...registration, consent: { ...registration.consent, mentoring: true } };
    const decision = decideVerified('m1', null, mentor, now);
    expect(decision.state.consent?.mentoring).toEqual({
      given: true,
      at: registration.submittedAt,
      textVersion: 'v2',
    });
    expect(decision.events[1]!.data).toMatchObject({ memberId: 'm1', mentoring: true });
    // Registered before the question was asked (no answer: not given), now says yes: only the contact changes.
    const before = existing({
      status: 'registered',
      consent: {
        programme: { given: true, at: '2026-02-01T00:00:00.000Z', textVersion: 'v2' },
        opportunities: { given: true, at: '2026-02-01T00:00:00.000Z', textVersion: 'v2' },
      },
    });
    const again = decideVerified('m1', before, mentor, now);
    expect(again.events.map((e) => e.contract.type)).toEqual(['outreach.member.contact-updated']);
    expect(again.events[0]!.data).toMatchObject({ mentoring: true });
    expect(decideVerified('m1', before, registration, now).events).toEqual([]);
  });

  it('registers an imported member through the campaign that converted them, keeping what the form left out', () => {
    const decision = decideVerified('m1', existing({ status: 'imported' }), registration, now);
    expect(decision.outcome).toBe('registered');
    expect(decision.state).toMatchObject({
      campaignId: 'c-new',
      channel: 'email',
      office: 'DE',
      cvId: 'cv-old',
    });
    expect(decision.state.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(decision.events[0]!.contract.type).toBe('outreach.member.registered');
  });

  it('updates a registered member, keeping where they came from; no event when the shared facts did not change', () => {
    const registered = existing({
      status: 'registered',
      verifiedAt: '2026-02-01T00:00:00.000Z',
      consent: {
        programme: { given: true, at: '2026-02-01T00:00:00.000Z', textVersion: 'v2' },
        opportunities: { given: true, at: '2026-02-01T00:00:00.000Z', textVersion: 'v2' },
      },
    });
    const same = decideVerified('m1', registered, { ...registration, phone: '+49 30 123456' }, now);
    expect(same).toMatchObject({ outcome: 'updated', events: [] });
    expect(same.state).toMatchObject({
      campaignId: 'c-old',
      office: 'BE',
      verifiedAt: '2026-02-01T00:00:00.000Z',
    });
    const changed = decideVerified('m1', registered, { ...registration, yearsOfExperience: 9 }, now);
    expect(changed.events.map((e) => [e.contract.type, e.contract.version])).toEqual([
      ['outreach.member.profile-updated', 2],
    ]);
    const french = decideVerified('m1', registered, { ...registration, locale: 'fr' }, now);
    expect(french.events.map((e) => e.contract.type)).toEqual(['outreach.member.contact-updated']);
    expect(french.events[0]!.data).toMatchObject({ locale: 'fr' });
  });

  it('starts afresh for an erased member whose address registers again', () => {
    const decision = decideVerified('m1', existing({ status: 'erased' }), registration, now);
    expect(decision.outcome).toBe('registered');
    expect(decision.state).not.toHaveProperty('cvId');
    expect(decision.state.createdAt).toBe(now);
  });
});

describe('isSpam', () => {
  const at = new Date('2026-11-20T09:00:00.000Z');
  it('tells a person from a bot by the hidden field and the time taken', () => {
    expect(isSpam({ startedAt: '2026-11-20T08:58:00.000Z' }, at)).toBe(false);
    expect(isSpam({ startedAt: '2026-11-20T08:58:00.000Z', website: ' ' }, at)).toBe(false);
    expect(isSpam({ startedAt: '2026-11-20T08:58:00.000Z', website: 'x' }, at)).toBe(true);
    expect(isSpam({ startedAt: '2026-11-20T08:59:58.000Z' }, at)).toBe(true);
    expect(isSpam({ startedAt: '2026-11-20T09:05:00.000Z' }, at)).toBe(true);
  });
});

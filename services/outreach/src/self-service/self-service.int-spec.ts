import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type EventEnvelope,
  MemberContactUpdated,
  MemberErased,
  MemberProfileUpdated,
  TorClosed,
  TorPublished,
} from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
import {
  eventually,
  type MailCatcher,
  probeTopic,
  publishRaw,
  startMailCatcher,
  startService,
  type ServiceUnderTest,
} from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module.ts';
import { MEMBER, MEMBER_EMAILS, type Member } from '../members/member.ts';
import { CVS } from './erasure.ts';
import { MEMBER_TOKENS, MemberTokens } from './member-tokens.ts';
import { SelfServiceService } from './self-service.service.ts';
import { QUOTA_SLOTS } from '../registrations/quota.ts';

const consent = { given: true, at: '2026-11-02T10:00:00.000Z', textVersion: '2026-11' };
const profileEdit = {
  phone: '+32 470 00 11 22',
  countryOfResidence: 'BE',
  qualifications: [{ level: 'doctorate', field: 'Power systems', institution: 'UCLouvain', year: 2015 }],
  subjects: ['Renewable energy', 'Electrical installation'],
  yearsOfExperience: 14,
  languages: ['fr', 'en', 'rw'],
  availability: [{ from: '2027-03-01', to: '2027-04-30' }],
  consent: { opportunities: false },
};

describe('registrant self-service', () => {
  let outreach: ServiceUnderTest;
  let mail: MailCatcher;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const db = () => outreach.app.get<Connection>(getConnectionToken()).db!;
  const members = () => outreach.app.get(AggregateStore).of<Member>(MEMBER);
  const as = (token: string) => ({ headers: { 'x-member-token': token } });

  /** A member stored as registration would store it (that feature is another's): aggregate, e-mail key, CV. */
  async function seed(email: string, status: Member['status'] = 'registered') {
    const id = uuidv7();
    const cvId = uuidv7();
    await db().collection<{ _id: string; memberId: string }>(CVS).insertOne({ _id: cvId, memberId: id });
    await members().create(id, {
      status,
      campaignId: 'campaign-1',
      channel: 'social-media',
      office: 'BE',
      firstName: 'Ada',
      lastName: 'Uwase',
      email,
      phone: '+32 470 12 34 56',
      countryOfResidence: 'BE',
      qualifications: [{ level: 'master', field: 'Electrical engineering', institution: 'ULB', year: 2010 }],
      subjects: ['Renewable energy'],
      yearsOfExperience: 12,
      languages: ['fr', 'en'],
      availability: [],
      gender: 'female',
      cvId,
      consent: { programme: consent, opportunities: consent },
      createdAt: '2026-11-02T10:00:00.000Z',
      verifiedAt: '2026-11-02T10:05:00.000Z',
    });
    await db()
      .collection<{ _id: string; memberId: string }>(MEMBER_EMAILS)
      .insertOne({ _id: email, memberId: id });
    return { id, cvId };
  }

  beforeAll(async () => {
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    process.env.PUBLIC_URL = 'https://ikiraro.test';
    outreach = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${MemberErased.topic}`);
  });
  afterAll(async () => {
    await probe.stop();
    await outreach.close();
    await mail.stop();
  });

  it('lets a registered member view and edit their profile, then withdraw, through an e-mailed link', async () => {
    const { id, cvId } = await seed('ada.uwase@example.org');
    const since = new Date();
    const asked = await outreach.request('POST', '/public/self-service/link', {
      email: ' Ada.Uwase@Example.org',
    });
    expect(asked.status).toBe(202);
    const { links } = await mail.waitFor('ada.uwase@example.org', { since });
    expect(links[0]).toMatch(/^https:\/\/ikiraro\.test\/my-profile\?token=/);
    const token = new URL(links[0]!).searchParams.get('token')!;

    const viewed = await outreach.request('GET', '/public/self-service/profile', undefined, as(token));
    expect(viewed.status).toBe(200);
    expect(viewed.body).toMatchObject({
      memberId: id,
      firstName: 'Ada',
      lastName: 'Uwase',
      email: 'ada.uwase@example.org',
      phone: '+32 470 12 34 56',
      subjects: ['Renewable energy'],
      consent: { programme: consent, opportunities: consent },
      hasCv: true,
    });

    const edited = await outreach.request('PUT', '/public/self-service/profile', profileEdit, as(token));
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      email: 'ada.uwase@example.org',
      subjects: profileEdit.subjects,
      gender: null,
      consent: { programme: consent, opportunities: { given: false, textVersion: '2026-11' } },
    });
    const updated = await eventually(async () => {
      const found = probe.events.find(
        (e) => e.subject === id && e.type === 'outreach.member.profile-updated',
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(updated).toMatchObject({
      version: 2,
      data: {
        memberId: id,
        profile: {
          qualificationLevel: 'doctorate',
          qualificationField: 'Power systems',
          subjects: profileEdit.subjects,
          languages: ['fr', 'en', 'rw'],
          yearsOfExperience: 14,
        },
        availability: profileEdit.availability,
      },
    });
    expect(updated.data).not.toHaveProperty('profile.gender');

    // Published and marked so by the relay (the history of a published version loses its events too).
    await eventually(async () => expect(await db().collection('outbox_pending').countDocuments()).toBe(0));
    const withdrawn = await outreach.request('POST', '/public/self-service/withdraw', undefined, as(token));
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toEqual({
      certificateId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      certificateUrl: expect.stringContaining('/erasure-certificate?id='),
    });
    const erased = await eventually(async () => {
      const found = probe.events.find((e) => e.subject === id && e.type === MemberErased.type);
      expect(found).toBeDefined();
      return found!;
    });
    expect(erased.data).toEqual({ memberId: id, reason: 'consent-withdrawn' });

    const remains = {
      status: 'erased',
      campaignId: 'campaign-1',
      channel: 'social-media',
      office: 'BE',
      createdAt: '2026-11-02T10:00:00.000Z',
    };
    expect(await members().load(id)).toEqual({ id, version: 3, state: remains });
    await eventually(async () => {
      const projection = await db()
        .collection('members')
        .findOne({ _id: id as never });
      expect(projection).toEqual({ _id: id, version: 3, ...remains });
    });
    // The history was sealed with the member's key, which is gone: nothing in it can be read any more.
    const history = await db()
      .collection<{ _id: string; state: unknown; events: unknown[] }>('outbox')
      .find({ _id: { $in: [`${MEMBER}:${id}:1`, `${MEMBER}:${id}:2`] } })
      .toArray();
    expect(history).toHaveLength(2);
    expect(JSON.stringify(history)).not.toMatch(/Uwase|ada\.uwase|\+32 470|Power systems/);
    const opened = await outreach.app.get(AggregateStore).open(MEMBER, id, history[0]!.state);
    expect(opened).toMatchObject({ firstName: null, lastName: null, email: null, qualifications: null });
    expect(
      await db()
        .collection(CVS)
        .findOne({ _id: cvId as never }),
    ).toBeNull();
    expect(
      await db()
        .collection(MEMBER_EMAILS)
        .findOne({ _id: 'ada.uwase@example.org' as never }),
    ).toBeNull();

    for (const [method, path] of [
      ['GET', '/public/self-service/profile'],
      ['POST', '/public/self-service/withdraw'],
      ['GET', '/public/self-service/tors'],
    ] as const) {
      const after = await outreach.request(method, path, undefined, as(token));
      expect(after).toMatchObject({ status: 401, body: { code: 'member_token.invalid' } });
    }
  });

  it('sends nothing to an unknown address or to someone not registered, and answers the same', async () => {
    await seed('pending@example.org', 'pending');
    await seed('known@example.org');
    const since = new Date();
    for (const email of ['nobody@example.org', 'pending@example.org', 'known@example.org']) {
      const response = await outreach.request('POST', '/public/self-service/link', { email });
      expect(response).toMatchObject({ status: 202, body: undefined });
    }
    await mail.waitFor('known@example.org', { since });
    expect(mail.mails.filter((m) => m.at >= since).flatMap((m) => m.to)).toEqual(['known@example.org']);
    expect(
      (await outreach.request('POST', '/public/self-service/link', { email: 'not an address' })).body,
    ).toMatchObject({ status: 400, code: 'request.invalid' });
  });

  it('mails one address at most three links an hour, however many are asked for at once, and answers the same', async () => {
    await seed('often@example.org');
    const since = new Date();
    const ask = (email: string) => outreach.request('POST', '/public/self-service/link', { email });
    const answers = await Promise.all(Array.from({ length: 8 }, () => ask('often@example.org')));
    const unknown = await Promise.all(Array.from({ length: 8 }, () => ask('never.registered@example.org')));
    for (const answer of [...answers, ...unknown])
      expect(answer).toMatchObject({ status: 202, body: undefined });
    await outreach.app.get(SelfServiceService).settled();
    const sent = mail.mails.filter((m) => m.at >= since && m.to.includes('often@example.org'));
    expect(sent).toHaveLength(3);
    // Taking a slot is the same work for a member and for anyone else: the limit itself tells nothing.
    expect(await db().collection(QUOTA_SLOTS).countDocuments()).toBeGreaterThanOrEqual(6);
  });

  it('refuses a missing, unknown or expired token', async () => {
    const { id } = await seed('expired@example.org');
    // As an hour-old link left it: stored as the hash of the token, expired.
    const expired = 'an-expired-token';
    await db()
      .collection<{ _id: string; memberId: string; expiresAt: Date }>(MEMBER_TOKENS)
      .insertOne({
        _id: createHash('sha256').update(expired).digest('base64url'),
        memberId: id,
        expiresAt: new Date(Date.now() - 1000),
      });
    for (const options of [{}, as('no-such-token'), as(expired)]) {
      const response = await outreach.request('GET', '/public/self-service/profile', undefined, options);
      expect(response).toMatchObject({ status: 401, body: { code: 'member_token.invalid' } });
    }
  });

  it('refuses an invalid profile and changes nothing', async () => {
    const { id } = await seed('invalid-edit@example.org');
    const token = await outreach.app.get(MemberTokens).issue(id);
    const response = await outreach.request(
      'PUT',
      '/public/self-service/profile',
      { ...profileEdit, email: 'other@example.org', languages: ['french'] },
      as(token),
    );
    expect(response).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    expect((await members().load(id))!.version).toBe(1);
  });

  it('lets a member who registered before the question consent to mentoring, and announces each change once', async () => {
    const { id } = await seed('mentor@example.org');
    const token = await outreach.app.get(MemberTokens).issue(id);
    const before = await outreach.request('GET', '/public/self-service/profile', undefined, as(token));
    expect(before.body.consent).not.toHaveProperty('mentoring');
    const edit = (consent: object) =>
      outreach.request('PUT', '/public/self-service/profile', { ...profileEdit, consent }, as(token));
    const ofMember = (type: string) => probe.events.filter((e) => e.subject === id && e.type === type);
    const contacts = () => ofMember(MemberContactUpdated.type);

    const willing = await edit({ opportunities: true, mentoring: true });
    expect(willing.status).toBe(200);
    expect(willing.body.consent).toEqual({
      programme: consent,
      opportunities: consent,
      mentoring: { given: true, at: expect.any(String), textVersion: '2026-11' },
    });
    const shown = await outreach.request('GET', '/public/self-service/profile', undefined, as(token));
    expect(shown.body.consent.mentoring).toMatchObject({ given: true, textVersion: '2026-11' });
    expect((await members().load(id))!.state.consent!.mentoring).toMatchObject({ given: true });
    const [first] = await eventually(async () => {
      expect(contacts()).toHaveLength(1);
      return contacts();
    });
    expect(first!.data).toMatchObject({ memberId: id, email: 'mentor@example.org', mentoring: true });

    expect((await edit({ opportunities: true, mentoring: false })).status).toBe(200);
    const second = await eventually(async () => {
      expect(contacts()).toHaveLength(2);
      return contacts()[1]!;
    });
    expect(second.data).toMatchObject({ memberId: id, opportunities: true, mentoring: false });

    // The same answer again: a new profile version, but nothing new about how to reach them.
    expect((await edit({ opportunities: true, mentoring: false })).status).toBe(200);
    await eventually(async () => expect(ofMember(MemberProfileUpdated.type)).toHaveLength(3));
    // The member's events share one partition, in order: had the last change carried a contact, it came first.
    expect(contacts()).toHaveLength(2);

    const refused = await edit({ mentoring: 'yes' });
    expect(refused).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    expect((await members().load(id))!.version).toBe(4);
  });

  it('refuses a gender outside the programme’s list and changes nothing', async () => {
    const { id } = await seed('gender-edit@example.org');
    const token = await outreach.app.get(MemberTokens).issue(id);
    const edit = (gender: string) =>
      outreach.request('PUT', '/public/self-service/profile', { ...profileEdit, gender }, as(token));
    const refused = await edit('femme');
    expect(refused).toMatchObject({ status: 400, body: { code: 'request.invalid' } });
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await members().load(id))!.version).toBe(1);
    expect((await edit('woman')).status).toBe(200);
    expect((await members().load(id))!.state.gender).toBe('woman');
  });

  it('lists the ToRs open now from selection events, those in the member’s subjects first', async () => {
    const { id } = await seed('tors@example.org');
    const token = await outreach.app.get(MemberTokens).issue(id);
    const envelope = (n: number, type: string, torId: string, data: object): EventEnvelope => ({
      id: `01900000-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`,
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      producer: 'selection',
      subject: torId,
      correlationId: `corr-${n}`,
      causationId: null,
      actor: 'system',
      data,
    });
    const published = (n: number, torId: string, subject: string, start: string) =>
      envelope(n, TorPublished.type, torId, {
        torId,
        iprc: 'KGL',
        subject,
        title: `${subject} trainers`,
        experts: 2,
        period: { start, end: '2027-12-31' },
        durationMonths: 2,
      });
    const events = [
      published(1, 'tor-construction', 'Construction', '2027-03-01'),
      published(2, 'tor-energy', 'Renewable energy', '2027-06-01'),
      published(3, 'tor-closed', 'Renewable energy', '2027-01-01'),
      published(1, 'tor-construction', 'Construction', '2027-03-01'), // delivered twice
      envelope(4, TorClosed.type, 'tor-closed', { torId: 'tor-closed', reason: 'filled' }),
    ];
    await publishRaw(
      `${process.env.KAFKA_TOPIC_PREFIX}${TorPublished.topic}`,
      events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    );

    await eventually(async () => {
      const response = await outreach.request('GET', '/public/self-service/tors', undefined, as(token));
      expect(response.body).toEqual({
        items: [
          {
            torId: 'tor-energy',
            title: 'Renewable energy trainers',
            iprc: 'KGL',
            subject: 'Renewable energy',
            period: { start: '2027-06-01', end: '2027-12-31' },
            durationMonths: 2,
            matchesMySubjects: true,
          },
          expect.objectContaining({ torId: 'tor-construction', matchesMySubjects: false }),
        ],
      });
    });
  });
});

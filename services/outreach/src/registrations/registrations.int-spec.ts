import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MemberContactUpdated,
  MemberProfileUpdated,
  MemberRegistered,
  MemberReturned,
} from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
import {
  eventually,
  type MailCatcher,
  probeTopic,
  startMailCatcher,
  startService,
  type ServiceUnderTest,
} from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module.ts';
import { storeCampaign } from '../campaigns/campaigns.testing.ts';
import type { Campaign } from '../campaigns/campaign.ts';
import { MEMBER, MEMBER_EMAILS, type Member } from '../members/member.ts';
import { CVS } from './cvs.controller.ts';
import {
  type LinkUse,
  PENDING_REGISTRATIONS,
  type PendingRegistration,
  REGISTRATION_LINK_USES,
} from './registrations.service.ts';
import { hashOf, newSecret } from '@ikiraro/persistence';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

describe('public registration', () => {
  let outreach: ServiceUnderTest;
  let mail: MailCatcher;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const db = () => outreach.app.get<Connection>(getConnectionToken()).db!;

  const campaign = (slug: string, state: Partial<Campaign> = {}) =>
    storeCampaign(outreach, {
      name: slug,
      office: 'BE',
      status: 'live',
      slug,
      channels: ['social-media', 'email'],
      ...state,
    });

  /** A complete, valid form, opened a minute ago. */
  const form = (overrides: Record<string, unknown> = {}) => ({
    campaign: 'brussels-2027',
    channel: 'social-media',
    firstName: 'Aline',
    lastName: 'Uwase',
    email: 'aline.uwase@example.org',
    phone: '+32 470 12 34 56',
    countryOfResidence: 'BE',
    qualifications: [
      { level: 'bachelor', field: 'Electrical engineering', institution: 'ULB', year: 2012 },
      { level: 'master', field: 'Power systems', institution: 'KU Leuven', year: 2015 },
    ],
    subjects: ['Electrical installation', 'Renewable energy'],
    yearsOfExperience: 9,
    languages: ['rw', 'fr', 'en'],
    availability: [{ from: '2027-03-01', to: '2027-04-15' }],
    gender: 'woman',
    consent: { programme: true, opportunities: true, textVersion: '2026-11' },
    locale: 'en',
    website: '',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  });

  const register = (body: unknown) => outreach.request('POST', '/public/registrations', body);
  const verify = (token: string) => outreach.request('POST', '/public/registrations/verify', { token });
  const uploadCv = (bytes: Buffer, contentType = 'application/pdf') =>
    fetch(`${outreach.url}/public/cvs`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: bytes,
    });

  /** Submits and follows the e-mailed link: the verify response. */
  async function registerAndVerify(body: Record<string, unknown>) {
    const since = new Date();
    expect((await register(body)).status).toBe(202);
    const message = await mail.waitFor(String(body.email), { since });
    const token = new URL(message.links[0]!).searchParams.get('token')!;
    return verify(token);
  }

  /** What a rejected request must not have left behind. */
  const written = async () => ({
    pending: await db().collection(PENDING_REGISTRATIONS).countDocuments(),
    outbox: await db().collection('outbox').countDocuments(),
    emails: await db().collection(MEMBER_EMAILS).countDocuments(),
    mails: mail.mails.length,
  });

  beforeAll(async () => {
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    process.env.PUBLIC_URL = 'https://ikiraro.test';
    process.env.CVS_PER_CLIENT_PER_DAY = '3';
    process.env.CVS_PER_ADDRESS_PER_DAY = '2';
    outreach = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${MemberRegistered.topic}`);
    await campaign('brussels-2027');
    await campaign('closed-2026', { status: 'closed' });
  });
  afterAll(async () => {
    await probe.stop();
    await outreach.close();
    await mail.stop();
  });

  it('registers a verified person: form, e-mail, link, member stored and announced without personal data', async () => {
    const cv = await uploadCv(pdf);
    expect(cv.status).toBe(201);
    const { cvId } = (await cv.json()) as { cvId: string };
    const stored = await db().collection<{ _id: string }>(CVS).findOne({ _id: cvId });
    expect(stored).toMatchObject({ size: pdf.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const since = new Date();
    const submitted = await register(form({ cvId, email: 'Aline.Uwase@Example.org' }));
    expect(submitted.status).toBe(202);
    expect(submitted.body).toEqual({ status: 'verification-sent' });
    // Nothing counts before the link is followed.
    expect(
      await db()
        .collection(MEMBER_EMAILS)
        .findOne({ _id: 'aline.uwase@example.org' as never }),
    ).toBeNull();

    const message = await mail.waitFor('aline.uwase@example.org', { since });
    expect(message.subject).toBe('Confirm your registration');
    const link = new URL(message.links[0]!);
    expect(`${link.origin}${link.pathname}`).toBe('https://ikiraro.test/verify');

    const verified = await verify(link.searchParams.get('token')!);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({ memberId: expect.any(String), outcome: 'registered' });
    const { memberId } = verified.body as { memberId: string };

    const member = await outreach.app.get(AggregateStore).of<Member>(MEMBER).load(memberId);
    expect(member?.state).toMatchObject({
      status: 'registered',
      email: 'aline.uwase@example.org',
      office: 'BE',
      channel: 'social-media',
      cvId,
      verifiedAt: expect.any(String),
      // Highest first, whatever order the form used.
      qualifications: [{ level: 'master' }, { level: 'bachelor' }],
      consent: {
        programme: { given: true, textVersion: '2026-11', at: expect.any(String) },
        opportunities: { given: true, textVersion: '2026-11' },
      },
    });
    const submittedAt = Date.parse(member!.state.consent!.programme.at);
    expect(submittedAt).toBeGreaterThanOrEqual(since.getTime());
    expect(submittedAt).toBeLessThanOrEqual(Date.parse(member!.state.verifiedAt!));

    const announced = await eventually(async () => {
      const found = probe.events.find((e) => e.subject === memberId && e.type === MemberRegistered.type);
      expect(found).toBeDefined();
      return found!;
    });
    expect(announced.data).toEqual({
      memberId,
      campaignId: member!.state.campaignId,
      channel: 'social-media',
      office: 'BE',
      profile: {
        countryOfResidence: 'BE',
        qualificationLevel: 'master',
        qualificationField: 'Power systems',
        yearsOfExperience: 9,
        languages: ['rw', 'fr', 'en'],
        subjects: ['Electrical installation', 'Renewable energy'],
        gender: 'woman',
      },
      availability: [{ from: '2027-03-01', to: '2027-04-15' }],
    });
    const wire = JSON.stringify(announced);
    for (const personal of ['Aline', 'Uwase', 'example.org', '+32', cvId])
      expect(wire).not.toContain(personal);

    await eventually(async () => {
      const listed = await outreach.request('GET', '/members?q=uwase', undefined, {
        as: 'programme-manager',
      });
      expect(listed.body.items).toEqual([
        expect.objectContaining({ id: memberId, email: 'aline.uwase@example.org', status: 'registered' }),
      ]);
    });
    const profile = await outreach.request('GET', `/members/${memberId}`, undefined, { as: 'auditor' });
    expect(profile.body).toMatchObject({ id: memberId, cv: { id: cvId, size: pdf.length } });
    expect(profile.body).not.toHaveProperty('cvId');
    // The pending copy is gone once the member holds the data.
    expect(
      await db().collection(PENDING_REGISTRATIONS).countDocuments({ email: 'aline.uwase@example.org' }),
    ).toBe(0);
  });

  it('updates the same member when the same e-mail registers again, and announces the new profile', async () => {
    const first = await registerAndVerify(form({ email: 'jean.habimana@example.org', firstName: 'Jean' }));
    expect(first.body).toMatchObject({ outcome: 'registered' });
    const { memberId } = first.body as { memberId: string };

    const again = await registerAndVerify(
      form({
        email: 'Jean.HABIMANA@example.org',
        firstName: 'Jean-Paul',
        yearsOfExperience: 12,
        availability: [],
        gender: undefined,
        consent: { programme: true, opportunities: false, textVersion: '2026-12' },
        locale: 'fr',
      }),
    );
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ memberId, outcome: 'updated' });
    expect(await db().collection(MEMBER_EMAILS).countDocuments({ memberId })).toBe(1);

    const member = await outreach.app.get(AggregateStore).of<Member>(MEMBER).load(memberId);
    expect(member).toMatchObject({
      version: 2,
      state: {
        firstName: 'Jean-Paul',
        yearsOfExperience: 12,
        availability: [],
        consent: { opportunities: { given: false, textVersion: '2026-12' } },
        locale: 'fr',
      },
    });
    expect(member!.state).not.toHaveProperty('gender');

    const updated = await eventually(async () => {
      const found = probe.events.find((e) => e.subject === memberId && e.type === MemberProfileUpdated.type);
      expect(found).toBeDefined();
      return found!;
    });
    expect(updated).toMatchObject({
      version: 2,
      data: { memberId, profile: { yearsOfExperience: 12 }, availability: [] },
    });
    expect(updated.data).not.toHaveProperty('profile.gender');
    expect(
      probe.events.filter((e) => e.subject === memberId && e.type === MemberRegistered.type),
    ).toHaveLength(1);
  });

  it('records a consent to mentor a pilot, shows it to staff and tells funding, also when only it changes', async () => {
    const email = 'mentor.mukamana@example.org';
    const first = await registerAndVerify(
      form({
        email,
        consent: { programme: true, opportunities: false, mentoring: true, textVersion: '2026-11' },
      }),
    );
    const { memberId } = first.body as { memberId: string };
    const stored = await outreach.app.get(AggregateStore).of<Member>(MEMBER).load(memberId);
    expect(stored!.state.consent!.mentoring).toEqual({
      given: true,
      at: stored!.state.consent!.programme.at,
      textVersion: '2026-11',
    });
    const shown = await outreach.request('GET', `/members/${memberId}`, undefined, {
      as: 'programme-manager',
    });
    expect(shown.body).toMatchObject({ consent: { mentoring: { given: true, textVersion: '2026-11' } } });

    const contacts = () =>
      probe.events.filter((e) => e.subject === memberId && e.type === MemberContactUpdated.type);
    const [contact] = await eventually(async () => {
      expect(contacts()).toHaveLength(1);
      return contacts();
    });
    // Funding reads the contact of those who consented: it is opened for it like for the other readers.
    expect(contact!.data).toMatchObject({ memberId, email, opportunities: false, mentoring: true });

    // The same form again without the answer (as an older page sends it): no longer willing, the one change.
    const again = await registerAndVerify(
      form({ email, consent: { programme: true, opportunities: false, textVersion: '2026-11' } }),
    );
    expect(again.body).toEqual({ memberId, outcome: 'updated' });
    const changed = await eventually(async () => {
      expect(contacts()).toHaveLength(2);
      return contacts()[1]!;
    });
    expect(changed.data).toMatchObject({ memberId, opportunities: false, mentoring: false });
    expect(
      probe.events.filter((e) => e.subject === memberId && e.type === MemberProfileUpdated.type),
    ).toHaveLength(0);
    const updated = await outreach.app.get(AggregateStore).of<Member>(MEMBER).load(memberId);
    expect(updated!.state.consent!.mentoring).toMatchObject({ given: false, textVersion: '2026-11' });
  });

  it('announces a member who comes back through another campaign, and not one who comes back through their own', async () => {
    const ghent = await campaign('ghent-2027', { channels: ['embassy'] });
    const email = 'claudine.mukamana@example.org';
    const first = await registerAndVerify(form({ email }));
    const { memberId } = first.body as { memberId: string };
    const own = await registerAndVerify(form({ email, yearsOfExperience: 10 }));
    expect(own.body).toEqual({ memberId, outcome: 'updated' });
    const other = await registerAndVerify(form({ email, campaign: 'ghent-2027', channel: 'embassy' }));
    expect(other.body).toEqual({ memberId, outcome: 'updated' });

    // One member's events are in order: one announced for the first return would be seen first.
    const returns = await eventually(async () => {
      const found = probe.events.filter((e) => e.subject === memberId && e.type === MemberReturned.type);
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    expect(returns.map((e) => e.data)).toEqual([{ memberId, campaignId: ghent, channel: 'embassy' }]);
    const member = await outreach.app.get(AggregateStore).of<Member>(MEMBER).load(memberId);
    expect(member!.state).toMatchObject({ channel: 'social-media', office: 'BE' });
    expect(member!.state.campaignId).not.toBe(ghent);
  });

  it('sends to an unverified address no text that the sender of the form wrote', async () => {
    // Anyone can type anyone's address: what they wrote must not reach that inbox under our name.
    const written = {
      firstName: 'Click-evil.example-now',
      lastName: 'Wire-money-to-BE00',
      subjects: ['Call +1 555 0100 today'],
      qualifications: [{ level: 'master', field: 'Free prizes', institution: 'Scam Institute', year: 2015 }],
    };
    for (const locale of ['en', 'fr', 'de', 'rw'] as const) {
      const email = `victim.${locale}@example.org`;
      const since = new Date();
      expect((await register(form({ email, locale, ...written }))).status).toBe(202);
      const message = await mail.waitFor(email, { since });
      const everything = `${message.subject}\n${message.text}`;
      for (const text of ['Click-evil', 'Wire-money', '555 0100', 'Free prizes', 'Scam', 'evil.example'])
        expect(everything).not.toContain(text);
      expect(message.links).toHaveLength(1);
    }
  });

  it('writes the verification e-mail in the language of the form', async () => {
    for (const [locale, subject] of [
      ['fr', 'Confirmez votre inscription'],
      ['de', 'Bestätigen Sie Ihre Registrierung'],
      ['rw', 'Emeza kwiyandikisha kwawe'],
    ] as const) {
      const email = `locale.${locale}@example.org`;
      const since = new Date();
      expect((await register(form({ email, locale }))).status).toBe(202);
      expect((await mail.waitFor(email, { since })).subject).toBe(subject);
    }
  });

  it('makes one member of two links for one new address followed at the same time', async () => {
    const email = 'twice@example.org';
    const tokens: string[] = [];
    for (const yearsOfExperience of [3, 4]) {
      const since = new Date();
      expect((await register(form({ email, yearsOfExperience }))).status).toBe(202);
      tokens.push(new URL((await mail.waitFor(email, { since })).links[0]!).searchParams.get('token')!);
    }
    const answers = await Promise.all(tokens.map(verify));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const ids = new Set(answers.map((a) => (a.body as { memberId: string }).memberId));
    expect(ids.size).toBe(1);
    expect(answers.map((a) => (a.body as { outcome: string }).outcome).sort()).toEqual([
      'registered',
      'updated',
    ]);
    expect(
      await db()
        .collection(MEMBER_EMAILS)
        .countDocuments({ _id: email as never }),
    ).toBe(1);
  });

  it('lists nobody who has not followed the link', async () => {
    expect((await register(form({ email: 'unverified@example.org', lastName: 'Unverified' }))).status).toBe(
      202,
    );
    await mail.waitFor('unverified@example.org');
    // A later verified registration shows the projection is up to date, and still without the other.
    const later = await registerAndVerify(form({ email: 'later@example.org', lastName: 'Later' }));
    const laterId = (later.body as { memberId: string }).memberId;
    await eventually(async () => {
      const listed = await outreach.request('GET', '/members?pageSize=100', undefined, { as: 'admin' });
      expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(laterId);
    });
    const listed = await outreach.request('GET', '/members?q=unverified', undefined, { as: 'admin' });
    expect(listed.body).toMatchObject({ items: [], total: 0 });
    expect(
      await db()
        .collection(MEMBER_EMAILS)
        .findOne({ _id: 'unverified@example.org' as never }),
    ).toBeNull();
  });

  it.each([
    [
      'consent to the programme refused',
      { consent: { programme: false, opportunities: true, textVersion: 'v1' } },
      400,
      'consent.required',
    ],
    ['consent missing', { consent: undefined }, 400, 'consent.required'],
    [
      'a consent to mentor that is not a yes or no',
      { consent: { programme: true, opportunities: true, mentoring: 'yes', textVersion: 'v1' } },
      400,
      'request.invalid',
    ],
    ['an unknown campaign', { campaign: 'no-such-campaign' }, 404, 'campaign.not_found'],
    ['a closed campaign', { campaign: 'closed-2026' }, 409, 'campaign.closed'],
    ['a channel the campaign does not have', { channel: 'embassy' }, 400, 'campaign.channel_unknown'],
    ['a CV that was never uploaded', { cvId: '0b9e9c8e-7a7e-4c36-9a39-3c1d6e0f3a11' }, 400, 'cv.not_found'],
    ['a malformed e-mail', { email: 'not-an-email' }, 400, 'request.invalid'],
    ['a country outside the programme', { countryOfResidence: 'FR' }, 400, 'request.invalid'],
    // The balance would count it as "not stated": only the programme's genders are taken
    ["a gender outside the programme's list", { gender: 'female' }, 400, 'request.invalid'],
    ['no qualification', { qualifications: [] }, 400, 'request.invalid'],
    [
      'an unknown qualification level',
      { qualifications: [{ level: 'phd', field: 'x', institution: 'y', year: 2000 }] },
      400,
      'request.invalid',
    ],
    ['too many years of experience', { yearsOfExperience: 71 }, 400, 'request.invalid'],
    ['a language that is not ISO 639-1', { languages: ['kin'] }, 400, 'request.invalid'],
    [
      'an availability that ends before it starts',
      { availability: [{ from: '2027-05-01', to: '2027-04-01' }] },
      400,
      'request.invalid',
    ],
    ['an unknown locale', { locale: 'es' }, 400, 'request.invalid'],
    ['an unknown field', { nickname: 'Ali' }, 400, 'request.invalid'],
    [
      'an unknown field inside a qualification',
      { qualifications: [{ level: 'master', field: 'x', institution: 'y', year: 2000, grade: 'A' }] },
      400,
      'request.invalid',
    ],
    ['an operator smuggled in a value', { campaign: { $ne: null } }, 400, 'request.operator_key'],
  ])('refuses %s with a clear error and writes nothing', async (_, overrides, status, code) => {
    const before = await written();
    const response = await register(form(overrides));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code });
    expect(await written()).toEqual(before);
  });

  it.each([
    ['a filled honeypot', () => ({ website: 'https://cheap-pills.example' })],
    [
      'a form sent 1 s after it was opened',
      () => ({ startedAt: new Date(Date.now() - 1_000).toISOString() }),
    ],
    ['a form opened in the future', () => ({ startedAt: new Date(Date.now() + 60_000).toISOString() })],
  ])('answers spam (%s) like a real registration but stores and sends nothing', async (_, overrides) => {
    const before = await written();
    const response = await register(form({ email: 'bot@example.org', ...overrides() }));
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ status: 'verification-sent' });
    // Mail is sent before the answer: had the spam been mailed, the catcher would hold it already.
    const since = new Date();
    expect((await register(form({ email: 'after-bot@example.org' }))).status).toBe(202);
    await mail.waitFor('after-bot@example.org', { since });
    expect(mail.mails.filter((m) => m.to.includes('bot@example.org'))).toHaveLength(0);
    expect(await db().collection(PENDING_REGISTRATIONS).countDocuments({ email: 'bot@example.org' })).toBe(0);
    expect((await written()).outbox).toBe(before.outbox);
  });

  it('refuses a CV that is not a PDF by its content, whatever its declared type', async () => {
    const before = await db().collection(CVS).countDocuments();
    const renamed = await uploadCv(png);
    expect(renamed.status).toBe(400);
    expect(renamed.headers.get('content-type')).toContain('application/problem+json');
    expect(await renamed.json()).toMatchObject({ code: 'cv.not_pdf' });
    const truncated = await uploadCv(pdf.subarray(0, pdf.length - 8));
    expect(await truncated.json()).toMatchObject({ code: 'cv.not_pdf' });
    const declaredPng = await uploadCv(pdf, 'image/png');
    expect(declaredPng.status).toBe(415);
    expect(await db().collection(CVS).countDocuments()).toBe(before);
  });

  it('refuses a CV larger than 5 MB with 413', async () => {
    const before = await db().collection(CVS).countDocuments();
    const big = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024, 0x20), Buffer.from('%%EOF\n')]);
    const response = await uploadCv(big);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'request.too_large' });
    expect(await db().collection(CVS).countDocuments()).toBe(before);
  });

  it('reads a PDF or CSV body only on the routes that take one', async () => {
    // Anyone may call the public routes: none of them may be made to hold megabytes it has no use for.
    const big = Buffer.concat([pdf, Buffer.alloc(2 * 1024 * 1024, 0x20), Buffer.from('%%EOF\n')]);
    const before = await written();
    for (const [path, type] of [
      ['/public/registrations', 'application/pdf'],
      ['/public/registrations', 'text/csv'],
      ['/public/registrations/verify', 'text/csv'],
      ['/public/self-service/link', 'application/pdf'],
      ['/public/cvs', 'text/csv'],
    ] as const) {
      const response = await fetch(`${outreach.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: big,
      });
      expect({ path, type, status: response.status }).toEqual({ path, type, status: 415 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ code: 'request.media_type' });
    }
    expect(await written()).toEqual(before);
    // The route that takes a PDF still does.
    expect((await uploadCv(pdf)).status).toBe(201);
  });

  it('limits CVs per client address and per e-mail address, however many are sent at once', async () => {
    const from = (ip: string) =>
      fetch(`${outreach.url}/public/cvs`, {
        method: 'POST',
        headers: { 'content-type': 'application/pdf', 'x-forwarded-for': ip },
        body: pdf,
      });
    const before = await db().collection(CVS).countDocuments();
    const burst = await Promise.all(Array.from({ length: 6 }, () => from('203.0.113.7')));
    expect(burst.map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429, 429]);
    const refused = burst.find((r) => r.status === 429)!;
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ code: 'cv.too_many' });
    expect(await db().collection(CVS).countDocuments()).toBe(before + 3);
    expect((await from('203.0.113.8')).status).toBe(201); // another client has its own allowance

    const email = 'many.cvs@example.org';
    const cvIds = await Promise.all(
      ['198.51.100.1', '198.51.100.2', '198.51.100.3'].map(
        async (ip) => ((await (await from(ip)).json()) as { cvId: string }).cvId,
      ),
    );
    expect((await register(form({ email, cvId: cvIds[0] }))).status).toBe(202);
    expect((await register(form({ email, cvId: cvIds[0] }))).status).toBe(202); // the same CV again
    expect((await register(form({ email, cvId: cvIds[1] }))).status).toBe(202);
    const third = await register(form({ email, cvId: cvIds[2] }));
    expect(third).toMatchObject({ status: 429, body: { code: 'cv.too_many' } });
    expect((await register(form({ email: 'other.cvs@example.org', cvId: cvIds[2] }))).status).toBe(202);
  });

  it('refuses an expired, an unknown and a used link with the same error, and registers nobody', async () => {
    const expired = newSecret();
    await db()
      .collection<{ _id: string; [field: string]: unknown }>(PENDING_REGISTRATIONS)
      .insertOne({
        _id: hashOf(expired),
        email: 'expired@example.org',
        data: { email: 'expired@example.org' },
        createdAt: new Date(Date.now() - 50 * 3_600_000),
        expiresAt: new Date(Date.now() - 2 * 3_600_000),
      });
    const before = await written();
    for (const token of [expired, newSecret()]) {
      const response = await verify(token);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'link.invalid' });
    }
    expect(await written()).toEqual(before);

    const since = new Date();
    expect((await register(form({ email: 'once@example.org' }))).status).toBe(202);
    const token = new URL((await mail.waitFor('once@example.org', { since })).links[0]!).searchParams.get(
      'token',
    )!;
    expect((await verify(token)).status).toBe(200);
    const afterFirst = await written();
    const reused = await verify(token);
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ code: 'link.invalid' });
    expect(await written()).toEqual(afterFirst);
  });

  describe('a crash while following a verification link', () => {
    /** Submits the form; the token of the e-mailed link. */
    async function submitted(email: string) {
      const since = new Date();
      expect((await register(form({ email }))).status).toBe(202);
      return new URL((await mail.waitFor(email, { since })).links[0]!).searchParams.get('token')!;
    }
    const versionsOf = (memberId: string) =>
      db()
        .collection<{ _id: string; events: { envelope: { type: string } }[] }>('outbox')
        .find({ aggregate: MEMBER, aggregateId: memberId })
        .toArray();

    it('finishes from the same link when the crash came after the link was claimed and before the member', async () => {
      const email = 'crashed.claim@example.org';
      const token = await submitted(email);
      // What verify had written when the process died: the address's key and the link's use, no member yet.
      const memberId = uuidv7();
      await db()
        .collection<{ _id: string; memberId: string }>(MEMBER_EMAILS)
        .insertOne({ _id: email, memberId });
      await db()
        .collection<LinkUse>(REGISTRATION_LINK_USES)
        .insertOne({ _id: hashOf(token), memberId, outcome: 'registered', at: new Date() });

      const resumed = await verify(token);
      expect(resumed).toMatchObject({ status: 200, body: { memberId, outcome: 'registered' } });
      const versions = await versionsOf(memberId);
      expect(versions).toHaveLength(1);
      const announcements = [MemberRegistered.type, MemberContactUpdated.type];
      expect(versions[0]!.events.map((e) => e.envelope.type)).toEqual(announcements);
      await eventually(async () => {
        const announced = probe.events.filter((e) => e.subject === memberId);
        expect(announced.map((e) => e.type)).toEqual(announcements);
      });
      expect((await verify(token)).body).toMatchObject({ code: 'link.invalid' });
      expect(
        await db()
          .collection(MEMBER_EMAILS)
          .countDocuments({ _id: email as never }),
      ).toBe(1);
    });

    it('answers the same from the same link when the crash came after the member and before the link was used up', async () => {
      const email = 'crashed.member@example.org';
      const token = await submitted(email);
      const pending = db().collection<PendingRegistration>(PENDING_REGISTRATIONS);
      const copy = (await pending.findOne({ _id: hashOf(token) }))!;
      const first = await verify(token);
      expect(first).toMatchObject({ status: 200, body: { outcome: 'registered' } });
      const { memberId } = first.body as { memberId: string };
      // The process died before deleting the pending copy: it is still there when the person clicks again.
      await pending.insertOne(copy);

      const again = await verify(token);
      expect({ status: again.status, body: again.body }).toEqual({ status: 200, body: first.body });
      expect(await versionsOf(memberId)).toHaveLength(1);
      expect((await verify(token)).body).toMatchObject({ code: 'link.invalid' });
    });
  });

  it('mails one address at most five verification links an hour, however many forms are sent at once', async () => {
    const email = 'burst@example.org';
    const since = new Date();
    const answers = await Promise.all(Array.from({ length: 12 }, () => register(form({ email }))));
    expect(answers.filter((a) => a.status === 202)).toHaveLength(5);
    for (const refused of answers.filter((a) => a.status !== 202))
      expect(refused).toMatchObject({ status: 429, body: { code: 'registration.too_many' } });
    // Mail is sent before the answer: every mail of the burst is in the catcher now.
    expect(mail.mails.filter((m) => m.at >= since && m.to.includes(email))).toHaveLength(5);
    expect(await db().collection(PENDING_REGISTRATIONS).countDocuments({ email })).toBe(5);
  });

  it('limits verification e-mails to one address per hour', async () => {
    const email = 'flooded@example.org';
    for (let i = 0; i < 5; i++) expect((await register(form({ email }))).status).toBe(202);
    const response = await register(form({ email }));
    expect(response.status).toBe(429);
    expect(response.body).toMatchObject({ code: 'registration.too_many' });
    expect(await db().collection(PENDING_REGISTRATIONS).countDocuments({ email })).toBe(5);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashOf } from '@ikiraro/persistence';
import { type MailCatcher, startMailCatcher, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module.ts';
import { storeCampaign } from '../campaigns/campaigns.testing.ts';
import { CV_UPLOADS, CVS } from '../registrations/cv-store.ts';
import { QUOTA_SLOTS } from '../registrations/quota.ts';
import { PENDING_REGISTRATIONS, REGISTRATION_LINK_USES } from '../registrations/registrations.service.ts';
import { MEMBER_TOKENS, MemberTokens } from '../self-service/member-tokens.ts';
import { RetentionService } from './retention.service.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The data is made by the real routes, now; the clean-up is then run as of later times (its clock is a
 * parameter), so that "older than the limit" is real data grown old rather than documents written to look old.
 */
describe('retention', () => {
  let outreach: ServiceUnderTest;
  let mail: MailCatcher;
  let start: Date;
  const db = () => outreach.app.get<Connection>(getConnectionToken()).db!;
  const purgeAt = (ms: number) => outreach.app.get(RetentionService).purge(new Date(start.getTime() + ms));
  const cvExists = async (cvId: string) =>
    (await db()
      .collection(CVS)
      .countDocuments({ _id: cvId as never })) === 1;
  const pendingOf = (email: string) => db().collection(PENDING_REGISTRATIONS).countDocuments({ email });

  const form = (email: string, cvId?: string) => ({
    campaign: 'retention-2027',
    channel: 'email',
    firstName: 'Ada',
    lastName: 'Uwase',
    email,
    countryOfResidence: 'BE',
    qualifications: [{ level: 'master', field: 'Power systems', institution: 'KU Leuven', year: 2015 }],
    subjects: ['Renewable energy'],
    yearsOfExperience: 9,
    languages: ['fr'],
    availability: [],
    consent: { programme: true, opportunities: false, textVersion: '2026-11' },
    locale: 'en',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    ...(cvId ? { cvId } : {}),
  });
  async function upload(): Promise<string> {
    const response = await fetch(`${outreach.url}/public/cvs`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: pdf,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { cvId: string }).cvId;
  }
  async function submit(email: string, cvId?: string): Promise<string> {
    const since = new Date();
    expect((await outreach.request('POST', '/public/registrations', form(email, cvId))).status).toBe(202);
    return new URL((await mail.waitFor(email, { since })).links[0]!).searchParams.get('token')!;
  }
  async function verified(email: string, cvId?: string): Promise<string> {
    const response = await outreach.request('POST', '/public/registrations/verify', {
      token: await submit(email, cvId),
    });
    expect(response.status).toBe(200);
    return (response.body as { memberId: string }).memberId;
  }

  beforeAll(async () => {
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    outreach = await startService(AppModule);
    await storeCampaign(outreach, {
      name: 'Retention',
      office: 'BE',
      status: 'live',
      slug: 'retention-2027',
      channels: ['email'],
    });
  });
  afterAll(async () => {
    await outreach.close();
    await mail.stop();
  });

  it('deletes what is older than its limit, keeps what is newer, and runs safely twice at once', async () => {
    start = new Date();
    const unbound = await upload(); // never sent with a form
    const unverified = await upload(); // sent with a form whose link is never followed
    const unverifiedToken = await submit('never.verified@example.org', unverified);
    const kept = await upload(); // its member holds it
    const keeperId = await verified('keeper@example.org', kept);
    const replaced = await upload(); // its member sent another one later
    const replacer = await upload();
    await verified('replacer@example.org', replaced);
    const replacerId = await verified('replacer@example.org', replacer);
    const token = await outreach.app.get(MemberTokens).issue(keeperId); // valid for an hour
    const tokens = () => db().collection(MEMBER_TOKENS).countDocuments({ memberId: keeperId });
    const uses = () => db().collection(REGISTRATION_LINK_USES).countDocuments({ memberId: replacerId });
    expect(await db().collection(QUOTA_SLOTS).countDocuments()).toBeGreaterThan(0);

    // Half an hour later: everything is within its limit.
    await purgeAt(HOUR / 2);
    for (const cvId of [unbound, unverified, kept, replaced, replacer])
      expect(await cvExists(cvId)).toBe(true);
    expect(await tokens()).toBe(1);

    // Seven hours later, run by two replicas at once: the unused upload (6 h) and the replaced CV are gone,
    // and the expired self-service token; the link of the unverified registration still works.
    const [first, second] = await Promise.all([purgeAt(7 * HOUR), purgeAt(7 * HOUR)]);
    expect(first.cvs + second.cvs).toBeGreaterThanOrEqual(2);
    expect(await cvExists(unbound)).toBe(false);
    expect(await cvExists(replaced)).toBe(false);
    expect(
      await db()
        .collection(CV_UPLOADS)
        .countDocuments({ _id: { $in: [unbound, replaced] } as never }),
    ).toBe(0);
    for (const cvId of [unverified, kept, replacer]) expect(await cvExists(cvId)).toBe(true);
    expect(await tokens()).toBe(0);
    expect(
      await db()
        .collection(MEMBER_TOKENS)
        .countDocuments({ _id: hashOf(token) as never }),
    ).toBe(0);
    expect(await uses()).toBe(2); // the links of two days ago at most could still be retried
    expect(await pendingOf('never.verified@example.org')).toBe(1);

    // Three days later: the unverified registration's link has expired (48 h), so its CV is an orphan; the
    // registration itself stays for its days; used links and past quota windows are gone.
    await purgeAt(3 * DAY);
    expect(await cvExists(unverified)).toBe(false);
    expect(await pendingOf('never.verified@example.org')).toBe(1);
    expect(await uses()).toBe(0);
    expect(await db().collection(QUOTA_SLOTS).countDocuments()).toBe(0);
    for (const cvId of [kept, replacer]) expect(await cvExists(cvId)).toBe(true);

    // Eight days later: the registration never verified is gone (7 days); members' CVs stay.
    await purgeAt(8 * DAY);
    expect(await pendingOf('never.verified@example.org')).toBe(0);
    expect(
      await db()
        .collection(PENDING_REGISTRATIONS)
        .countDocuments({ _id: hashOf(unverifiedToken) as never }),
    ).toBe(0);
    for (const cvId of [kept, replacer]) expect(await cvExists(cvId)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApplicationSubmitted,
  type EventEnvelope,
  MemberRegistered,
  MemberReturned,
} from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
import {
  campaignDraft,
  envelopeOf,
  eventually,
  memberProfile,
  publishRaw,
  type ServiceUnderTest,
  startService,
} from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module.ts';
import { MEMBER, type Member } from '../members/member.ts';

const envelope = envelopeOf;
const registered = (memberId: string, campaignId: string, channel: string) =>
  envelope(MemberRegistered, memberId, {
    memberId,
    campaignId,
    channel,
    office: 'BE',
    profile: memberProfile({ subjects: ['Mechatronics'] }),
    availability: [],
  });
const returned = (memberId: string, campaignId: string, channel: string) =>
  envelope(MemberReturned, memberId, { memberId, campaignId, channel });
const applied = (memberId: string) =>
  envelope(ApplicationSubmitted, uuidv7(), { applicationId: uuidv7(), torId: uuidv7(), memberId });

describe('campaign funnel', () => {
  let outreach: ServiceUnderTest;
  const prefix = process.env.KAFKA_TOPIC_PREFIX!;
  const publish = (topic: string, events: EventEnvelope[]) =>
    publishRaw(
      `${prefix}${topic}`,
      events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    );
  /** Waits until outreach has handled this many distinct events of a type (its inbox), so that all count. */
  const handled = (type: string, count: number) =>
    eventually(async () => {
      const inbox = outreach.app.get<Connection>(getConnectionToken()).db!.collection('inbox');
      expect(await inbox.countDocuments({ type })).toBe(count);
    });
  /** A live campaign of the Brussels office, on three channels. */
  const liveCampaign = async () => {
    const created = await outreach.request(
      'POST',
      '/campaigns',
      {
        name: 'Funnel forum',
        office: 'BE',
        partner: { kind: 'association', name: 'Rwandan diaspora in Belgium' },
        country: 'BE',
        channels: ['event', 'social-media', 'embassy'],
        startsOn: '2027-03-01',
        endsOn: '2027-04-30',
        subjects: ['Mechatronics'],
      },
      { as: 'programme-manager' },
    );
    const { id, slug } = created.body as { id: string; slug: string };
    expect(
      (await outreach.request('POST', `/campaigns/${id}/launch`, undefined, { as: 'admin' })).status,
    ).toBe(200);
    return { id, slug };
  };
  /** The whole funnel of a campaign where only `step` counted anyone: these per channel, their sum in total. */
  const onlyCounted = (
    step: 'verified' | 'applied',
    perChannel: Record<'event' | 'social-media' | 'embassy', number>,
  ) => {
    const none = { visits: 0, started: 0, verified: 0, applied: 0 };
    const channels = (['event', 'social-media', 'embassy'] as const).map((channel) => ({
      channel,
      ...none,
      [step]: perChannel[channel],
    }));
    return { channels, total: { ...none, [step]: channels.reduce((sum, c) => sum + c[step], 0) } };
  };
  const funnel = async (id: string) =>
    (
      await outreach.request('GET', `/campaigns/${id}/funnel`, undefined, {
        as: { roles: ['outreach-officer'], office: 'BE' },
      })
    ).body as { channels: { channel: string }[]; total: object };
  const step = (slug: string, path: 'visits' | 'starts', channel: string) =>
    outreach.request('POST', `/public/campaigns/${slug}/${path}`, { channel });
  const createMember = (
    id: string,
    campaignId: string,
    channel: Member['channel'],
    status: Member['status'],
  ) =>
    outreach.app
      .get(AggregateStore)
      .of<Member>(MEMBER)
      .create(id, {
        status,
        campaignId,
        channel,
        office: 'BE',
        firstName: 'Aline',
        lastName: 'Uwase',
        email: `${id}@example.org`,
        countryOfResidence: 'BE',
        qualifications: [
          { level: 'master', field: 'Electrical engineering', institution: 'KU Leuven', year: 2015 },
        ],
        subjects: ['Mechatronics'],
        yearsOfExperience: 8,
        languages: ['en'],
        availability: [],
        consent: null,
        createdAt: new Date().toISOString(),
      });

  beforeAll(async () => {
    outreach = await startService(AppModule);
  });
  afterAll(() => outreach.close());

  it('counts link visits and forms started per channel, losing none of 20 concurrent visits', async () => {
    const { id, slug } = await liveCampaign();
    const visits = await Promise.all([
      ...Array.from({ length: 20 }, () => step(slug, 'visits', 'social-media')),
      step(slug, 'visits', 'event'),
      step(slug, 'visits', 'event'),
    ]);
    expect(visits.map((r) => r.status)).toEqual(Array(22).fill(204));
    await Promise.all(Array.from({ length: 3 }, () => step(slug, 'starts', 'social-media')));
    await step(slug, 'starts', 'event');

    expect(await funnel(id)).toEqual({
      channels: [
        { channel: 'event', visits: 2, started: 1, verified: 0, applied: 0 },
        { channel: 'social-media', visits: 20, started: 3, verified: 0, applied: 0 },
        { channel: 'embassy', visits: 0, started: 0, verified: 0, applied: 0 },
      ],
      total: { visits: 22, started: 4, verified: 0, applied: 0 },
    });
  });

  it('refuses steps through a channel the campaign lacks, a draft, an unknown or a closed campaign', async () => {
    const { id, slug } = await liveCampaign();
    expect((await step(slug, 'visits', 'email')).body).toMatchObject({
      status: 400,
      code: 'campaign.channel_unknown',
    });
    expect((await step(slug, 'visits', 'radio')).body).toMatchObject({
      status: 400,
      code: 'request.invalid',
    });
    expect((await step('zzzzzzzz', 'visits', 'event')).body).toMatchObject({
      status: 404,
      code: 'campaign.not_found',
    });

    const draft = await outreach.request(
      'POST',
      '/campaigns',
      campaignDraft({ name: 'Not yet', office: 'DE', endsOn: '2027-03-01', subjects: ['Welding'] }),
      { as: 'admin' },
    );
    expect((await step(draft.body.slug, 'starts', 'event')).body).toMatchObject({
      status: 404,
      code: 'campaign.not_found',
    });

    await outreach.request('POST', `/campaigns/${id}/close`, undefined, { as: 'admin' });
    expect((await step(slug, 'visits', 'event')).body).toMatchObject({
      status: 409,
      code: 'campaign.closed',
    });
    expect((await funnel(id)).total).toEqual({ visits: 0, started: 0, verified: 0, applied: 0 });
  });

  it('counts a verified member once, however often the registration arrives', async () => {
    const { id } = await liveCampaign();
    const [a, b, c] = [uuidv7(), uuidv7(), uuidv7()];
    const first = registered(a, id, 'social-media');
    // The same event redelivered, and the same member announced again under a new event id.
    await publish(MemberRegistered.topic, [
      first,
      registered(b, id, 'event'),
      first,
      registered(a, id, 'social-media'),
      registered(c, id, 'social-media'),
    ]);
    await handled(MemberRegistered.type, 4);
    expect(await funnel(id)).toEqual(onlyCounted('verified', { event: 1, 'social-media': 2, embassy: 0 }));
  });

  it('counts a member back through this campaign as verified here, once however often they come', async () => {
    const { id } = await liveCampaign();
    const [a, b] = [uuidv7(), uuidv7()];
    const back = returned(a, id, 'embassy');
    // Redelivered, then the same member back through the same campaign again under a new event id.
    await publish(MemberReturned.topic, [back, returned(b, id, 'event'), back, returned(a, id, 'embassy')]);
    await handled(MemberReturned.type, 3);
    expect(await funnel(id)).toEqual(onlyCounted('verified', { event: 1, 'social-media': 0, embassy: 1 }));
  });

  it("counts a member who applied once, on the member's campaign and channel; unknown and erased members not", async () => {
    const { id } = await liveCampaign();
    const [twice, once, erased, unknown] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    await createMember(twice, id, 'embassy', 'registered');
    await createMember(once, id, 'event', 'registered');
    await createMember(erased, id, 'event', 'erased');
    await publish(ApplicationSubmitted.topic, [
      applied(twice),
      applied(unknown),
      applied(erased),
      applied(twice),
      applied(once),
    ]);
    await handled(ApplicationSubmitted.type, 5);
    expect(await funnel(id)).toEqual(onlyCounted('applied', { event: 1, 'social-media': 0, embassy: 1 }));
  });

  it('shows the funnel to staff of the office only', async () => {
    const { id } = await liveCampaign();
    const as = (who: object) =>
      outreach.request('GET', `/campaigns/${id}/funnel`, undefined, { as: who as never });
    expect((await as({ roles: ['auditor'] })).status).toBe(200);
    expect((await as({ roles: ['outreach-officer'], office: 'DE' })).body).toMatchObject({
      status: 404,
      code: 'campaign.not_found',
    });
    expect((await as({ roles: ['trainee'] })).body).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });
});

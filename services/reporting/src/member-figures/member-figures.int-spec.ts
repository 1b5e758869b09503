import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EventEnvelope, MemberRegistered } from '@ikiraro/contracts';
import { eventually, publishRaw, startService, type ServiceUnderTest, type Who } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';

const registered = (memberId: string, office: 'BE' | 'DE', channel: string, n: number): EventEnvelope => ({
  id: `01900000-0000-7000-8000-0000000001${n}0`,
  type: MemberRegistered.type,
  version: MemberRegistered.version,
  occurredAt: new Date().toISOString(),
  producer: 'outreach',
  subject: memberId,
  correlationId: `corr-${n}`,
  causationId: null,
  actor: 'system',
  data: {
    memberId,
    campaignId: 'c1',
    channel,
    office,
    profile: {
      countryOfResidence: office,
      qualificationLevel: 'master',
      qualificationField: 'Electrical engineering',
      yearsOfExperience: 8,
      languages: ['fr', 'rw'],
      subjects: ['Renewable energy'],
    },
    availability: [],
  },
});

describe('member figures', () => {
  let reporting: ServiceUnderTest;

  beforeAll(async () => {
    reporting = await startService(AppModule);
  });
  afterAll(() => reporting.close());

  it("counts outreach's registered members per office and channel, once per event", async () => {
    const events = [
      registered('m1', 'BE', 'event', 1),
      registered('m2', 'BE', 'embassy', 2),
      registered('m3', 'DE', 'event', 3),
      registered('m1', 'BE', 'event', 1),
    ];
    await publishRaw(
      `${process.env.KAFKA_TOPIC_PREFIX}${MemberRegistered.topic}`,
      events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    );
    await eventually(async () => {
      const response = await reporting.request('GET', '/figures/members', undefined, { as: 'auditor' });
      expect(response.body).toEqual({
        BE: { registered: 2, byChannel: { event: 1, embassy: 1 } },
        DE: { registered: 1, byChannel: { event: 1 } },
      });
    });
  });

  it("shows an outreach officer their own office's members only, and an officer without an office none", async () => {
    const figures = async (as: Who) =>
      (await reporting.request('GET', '/figures/members', undefined, { as })).body;
    await eventually(async () => expect(await figures('auditor')).toHaveProperty('DE.registered', 1));
    expect(await figures({ roles: ['outreach-officer'], office: 'BE' })).toEqual({
      BE: { registered: 2, byChannel: { event: 1, embassy: 1 } },
    });
    expect(Object.keys(await figures({ roles: ['outreach-officer'], office: 'DE' }))).toEqual(['DE']);
    expect(await figures({ roles: ['outreach-officer'] })).toEqual({});
    expect(
      Object.keys(await figures({ roles: ['outreach-officer', 'programme-manager'], office: 'BE' })),
    ).toEqual(['BE', 'DE']);
  });
});

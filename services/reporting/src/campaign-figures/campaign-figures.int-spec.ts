import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CampaignLaunched, type EventEnvelope } from '@ikiraro/contracts';
import { eventually, publishRaw, startService, type ServiceUnderTest, type Who } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';

const launched = (campaignId: string, office: string, n: number): EventEnvelope => ({
  id: `01900000-0000-7000-8000-00000000000${n}`,
  type: CampaignLaunched.type,
  version: CampaignLaunched.version,
  occurredAt: new Date().toISOString(),
  producer: 'outreach',
  subject: campaignId,
  correlationId: `corr-${n}`,
  causationId: null,
  actor: 'system',
  data: { campaignId, name: `Campaign ${campaignId}`, office },
});

describe('campaign figures', () => {
  let reporting: ServiceUnderTest;
  const topic = `${process.env.KAFKA_TOPIC_PREFIX}${CampaignLaunched.topic}`;

  beforeAll(async () => {
    reporting = await startService(AppModule);
  });
  afterAll(() => reporting.close());

  it('counts launched campaigns per office from outreach events, once per campaign', async () => {
    // The last is the first delivered again (same event id): it must not count twice.
    const events = [
      launched('c1', 'BE', 1),
      launched('c2', 'DE', 2),
      launched('c3', 'BE', 3),
      launched('c1', 'BE', 1),
    ];
    await publishRaw(
      topic,
      events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    );

    await eventually(async () => {
      const response = await reporting.request('GET', '/figures/campaigns', undefined, { as: 'twg-member' });
      expect(response.body).toEqual({ launched: { BE: 2, DE: 1 } });
    });
  });

  it("shows an outreach officer their own office's campaigns only, and an officer without an office none", async () => {
    const figures = async (as: Who) =>
      (await reporting.request('GET', '/figures/campaigns', undefined, { as })).body;
    await eventually(async () => expect(await figures('auditor')).toEqual({ launched: { BE: 2, DE: 1 } }));
    expect(await figures({ roles: ['outreach-officer'], office: 'DE' })).toEqual({ launched: { DE: 1 } });
    expect(await figures({ roles: ['outreach-officer'] })).toEqual({ launched: {} });
  });
});

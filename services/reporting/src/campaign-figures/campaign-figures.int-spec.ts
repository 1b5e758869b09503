import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CampaignLaunched, type EventEnvelope } from '@ikiraro/contracts';
import { eventually, publishRaw, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';

const launched = (campaignId: string, office: string): EventEnvelope => ({
  id: `evt-${campaignId}`,
  type: CampaignLaunched.type,
  version: CampaignLaunched.version,
  occurredAt: new Date().toISOString(),
  producer: 'outreach',
  subject: campaignId,
  correlationId: `evt-${campaignId}`,
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
    const events = [launched('c1', 'BE'), launched('c2', 'DE'), launched('c3', 'BE'), launched('c1', 'BE')];
    await publishRaw(
      topic,
      events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    );

    await eventually(async () => {
      const response = await reporting.request('GET', '/figures/campaigns');
      expect(response.body).toEqual({ launched: { BE: 2, DE: 1 } });
    });
  });
});

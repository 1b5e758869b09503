import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CampaignLaunched } from '@ikiraro/contracts';
import { eventually, probeTopic, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AppModule } from '../app.module.ts';
import { Campaign } from './campaign.schema.ts';

describe('campaigns', () => {
  let outreach: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;

  beforeAll(async () => {
    outreach = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${CampaignLaunched.topic}`);
  });
  afterAll(async () => {
    await probe.stop();
    await outreach.close();
  });

  it('stores a launched campaign and announces it on Kafka', async () => {
    const response = await outreach.request('POST', '/campaigns', { name: 'Brussels forum', office: 'BE' });
    expect(response.status).toBe(201);
    const { _id } = response.body as { _id: string };

    const stored = await outreach.app.get<Model<Campaign>>(getModelToken(Campaign.name)).findById(_id).lean();
    expect(stored).toMatchObject({ name: 'Brussels forum', office: 'BE', status: 'live' });

    const event = await eventually(async () => {
      const found = probe.events.find((e) => e.subject === _id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(event).toMatchObject({
      type: 'outreach.campaign.launched',
      version: 1,
      producer: 'outreach',
      data: { campaignId: _id, name: 'Brussels forum', office: 'BE' },
    });
  });

  it('answers bad input with problem+json and stores nothing', async () => {
    const count = () => outreach.app.get<Model<Campaign>>(getModelToken(Campaign.name)).countDocuments();
    const before = await count();
    const response = await outreach.request('POST', '/campaigns', {
      name: '',
      office: 'FR',
      $where: 'sleep(1000)',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'request.invalid', status: 400 });
    expect(await count()).toBe(before);
  });

  it('answers an unknown campaign with a stable not-found code', async () => {
    const response = await outreach.request('GET', '/campaigns/nope');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'campaign.not_found' });
  });

  it('reports ready when its database and broker answer', async () => {
    const response = await outreach.request('GET', '/health/ready');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { mongodb: { status: 'up' }, kafka: { status: 'up' } },
    });
  });
});

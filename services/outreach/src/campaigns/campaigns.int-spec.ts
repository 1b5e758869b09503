import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CampaignLaunched } from '@ikiraro/contracts';
import { eventually, probeTopic, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module.ts';

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
    const response = await outreach.request(
      'POST',
      '/campaigns',
      { name: 'Brussels forum', office: 'BE' },
      { as: 'programme-manager' },
    );
    expect(response.status).toBe(201);
    const { id: _id } = response.body as { id: string };

    expect(
      (await outreach.request('GET', `/campaigns/${_id}`, undefined, { as: 'auditor' })).body,
    ).toMatchObject({
      name: 'Brussels forum',
      version: 1,
    });

    const event = await eventually(async () => {
      const found = probe.events.find((e) => e.subject === _id);
      expect(found).toBeDefined();
      return found!;
    });
    // The relay keeps the campaign's latest state in its projection, for queries.
    await eventually(async () => {
      const projection = await outreach.app
        .get<Connection>(getConnectionToken())
        .db!.collection('campaigns')
        .findOne({ _id: _id as never });
      expect(projection).toMatchObject({ name: 'Brussels forum', office: 'BE', status: 'live', version: 1 });
    });
    expect(event).toMatchObject({
      type: 'outreach.campaign.launched',
      version: 1,
      producer: 'outreach',
      data: { campaignId: _id, name: 'Brussels forum', office: 'BE' },
    });
  });

  it('answers bad input with problem+json and stores nothing', async () => {
    const count = () =>
      outreach.app.get<Connection>(getConnectionToken()).db!.collection('outbox').countDocuments();
    const before = await count();
    const response = await outreach.request(
      'POST',
      '/campaigns',
      {
        name: '',
        office: 'FR',
        $where: 'sleep(1000)',
      },
      { as: 'admin' },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'request.operator_key', status: 400 });
    expect(await count()).toBe(before);
  });

  it('checks the caller itself: no token 401, a role outside the policy 403, another office 403', async () => {
    const body = { name: 'Berlin forum', office: 'DE' };
    const anonymous = await outreach.request('POST', '/campaigns', body);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ code: 'auth.unauthenticated' });
    expect((await outreach.request('POST', '/campaigns', body, { as: 'trainee' })).body).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });
    const otherOffice = await outreach.request('POST', '/campaigns', body, {
      as: { roles: ['outreach-officer'], office: 'BE' },
    });
    expect(otherOffice.status).toBe(403);
    const forged = await outreach.request('POST', '/campaigns', body, { token: 'eyJhbGciOiJub25lIn0.e30.' });
    expect(forged.body).toMatchObject({ status: 401, code: 'auth.token_invalid' });
    const own = await outreach.request('POST', '/campaigns', body, {
      as: { roles: ['outreach-officer'], office: 'DE' },
    });
    expect(own.status).toBe(201);
  });

  it('answers an unknown campaign with a stable not-found code', async () => {
    const response = await outreach.request('GET', '/campaigns/nope', undefined, { as: 'admin' });
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

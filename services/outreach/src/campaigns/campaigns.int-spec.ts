import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CampaignLaunched } from '@ikiraro/contracts';
import { eventually, probeTopic, startService, type ServiceUnderTest, type Who } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module.ts';

const draft = (overrides: Record<string, unknown> = {}) => ({
  name: 'Brussels forum',
  office: 'BE',
  partner: { kind: 'embassy', name: 'Embassy of Rwanda in Brussels' },
  country: 'BE',
  channels: ['event', 'social-media'],
  startsOn: '2027-03-01',
  endsOn: '2027-04-30',
  subjects: ['Mechatronics', 'Solar installation'],
  description: 'Meet IOM and the embassy; bring your CV.',
  ...overrides,
});
const officerOf = (office: 'BE' | 'DE'): Who => ({ roles: ['outreach-officer'], office });

describe('campaigns', () => {
  let outreach: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const db = () => outreach.app.get<Connection>(getConnectionToken()).db!;
  const create = async (body: object = draft(), as: Who = 'programme-manager') => {
    const response = await outreach.request('POST', '/campaigns', body, { as });
    expect(response.status).toBe(201);
    return response.body as { id: string; slug: string; links: Record<string, string> };
  };

  beforeAll(async () => {
    process.env.PUBLIC_URL = 'https://ikiraro.example.org';
    outreach = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${CampaignLaunched.topic}`);
  });
  afterAll(async () => {
    await probe.stop();
    await outreach.close();
  });

  it('creates a draft, launches it and closes it, announcing launch and close on Kafka', async () => {
    const created = await create();
    const { id } = created;
    expect(created).toMatchObject({ ...draft(), status: 'draft', version: 1 });
    expect(created.slug).toMatch(/^[a-z0-9]{8}$/);
    // A draft is announced to nobody.
    expect(
      await db()
        .collection('outbox')
        .findOne({ _id: `campaign:${id}:1` as never }),
    ).toMatchObject({
      events: [],
    });

    const launched = await outreach.request('POST', `/campaigns/${id}/launch`, undefined, { as: 'admin' });
    expect(launched.status).toBe(200);
    expect(launched.body).toMatchObject({ status: 'live', version: 2 });
    expect(
      (await outreach.request('POST', `/campaigns/${id}/launch`, undefined, { as: 'admin' })).body,
    ).toMatchObject({ status: 409, code: 'campaign.not_draft' });
    const closed = await outreach.request('POST', `/campaigns/${id}/close`, undefined, { as: 'admin' });
    expect(closed.body).toMatchObject({ status: 'closed', version: 3 });
    expect(
      (await outreach.request('POST', `/campaigns/${id}/close`, undefined, { as: 'admin' })).body,
    ).toMatchObject({
      status: 409,
      code: 'campaign.not_live',
    });

    const events = await eventually(async () => {
      const found = probe.events.filter((e) => e.subject === id);
      expect(found).toHaveLength(2);
      return found;
    });
    expect(events.map((e) => e.type)).toEqual(['outreach.campaign.launched', 'outreach.campaign.closed']);
    expect(events[0]).toMatchObject({
      producer: 'outreach',
      data: { campaignId: id, name: 'Brussels forum', office: 'BE' },
    });
    expect(events[1]!.data).toEqual({ campaignId: id, office: 'BE' });

    // The relay keeps the latest state in the projection that the listing reads.
    await eventually(async () => {
      const listed = await outreach.request('GET', '/campaigns?status=closed', undefined, { as: 'auditor' });
      expect(listed.body.items).toEqual([expect.objectContaining({ id, status: 'closed', version: 3 })]);
    });
  });

  it('gives each channel its own shareable link to the landing page', async () => {
    const { id, slug } = await create(draft({ channels: ['email', 'embassy', 'diaspora-association'] }));
    const read = await outreach.request('GET', `/campaigns/${id}`, undefined, { as: 'auditor' });
    expect(read.body.links).toEqual({
      email: `https://ikiraro.example.org/join/${slug}?channel=email`,
      embassy: `https://ikiraro.example.org/join/${slug}?channel=embassy`,
      'diaspora-association': `https://ikiraro.example.org/join/${slug}?channel=diaspora-association`,
    });
    const slugs = await Promise.all(Array.from({ length: 5 }, () => create().then((c) => c.slug)));
    expect(new Set([...slugs, slug]).size).toBe(6);
    expect(
      await db()
        .collection('campaign_slugs')
        .findOne({ _id: slug as never }),
    ).toMatchObject({ campaignId: id });
  });

  it('shows the public page of a live or closed campaign, never of a draft', async () => {
    const { id, slug } = await create();
    const page = () => outreach.request('GET', `/public/campaigns/${slug}`);
    expect((await page()).body).toMatchObject({ status: 404, code: 'campaign.not_found' });
    expect((await outreach.request('GET', '/public/campaigns/zzzzzzzz')).status).toBe(404);

    await outreach.request('POST', `/campaigns/${id}/launch`, undefined, { as: 'admin' });
    const shown = await page();
    expect(shown.status).toBe(200);
    // What the page shows, and nothing of the office or the campaign's history.
    const fields = Object.fromEntries(Object.entries(draft()).filter(([key]) => key !== 'office'));
    expect(shown.body).toEqual({ ...fields, slug, status: 'live' });

    await outreach.request('POST', `/campaigns/${id}/close`, undefined, { as: 'admin' });
    expect((await page()).body).toMatchObject({ slug, status: 'closed' });
  });

  it('edits a draft and refuses to edit a live campaign', async () => {
    const { id } = await create();
    const edited = await outreach.request(
      'PATCH',
      `/campaigns/${id}`,
      { name: 'Brussels forum, spring', channels: ['email'], endsOn: '2027-05-31' },
      { as: officerOf('BE') },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Brussels forum, spring', channels: ['email'], version: 2 });
    expect(Object.keys(edited.body.links)).toEqual(['email']);

    // The stored start is later than the new end: refused, as a whole.
    const backwards = await outreach.request(
      'PATCH',
      `/campaigns/${id}`,
      { endsOn: '2027-01-01' },
      { as: 'admin' },
    );
    expect(backwards.body).toMatchObject({ status: 400, code: 'campaign.dates_invalid' });
    const office = await outreach.request('PATCH', `/campaigns/${id}`, { office: 'DE' }, { as: 'admin' });
    expect(office.body).toMatchObject({ status: 400, code: 'request.invalid' });

    await outreach.request('POST', `/campaigns/${id}/launch`, undefined, { as: 'admin' });
    const live = await outreach.request('PATCH', `/campaigns/${id}`, { name: 'Too late' }, { as: 'admin' });
    expect(live.status).toBe(409);
    expect(live.headers.get('content-type')).toContain('application/problem+json');
    expect(live.body).toMatchObject({ code: 'campaign.not_draft' });
    expect(
      (await outreach.request('GET', `/campaigns/${id}`, undefined, { as: 'admin' })).body,
    ).toMatchObject({
      name: 'Brussels forum, spring',
      version: 3,
    });
  });

  it('answers bad input with problem+json and stores nothing', async () => {
    const count = () =>
      Promise.all([
        db().collection('outbox').countDocuments(),
        db().collection('campaign_slugs').countDocuments(),
      ]);
    const before = await count();
    const bad = [
      { ...draft(), $where: 'sleep(1000)' },
      draft({ name: '' }),
      draft({ office: 'FR' }),
      draft({ partner: { kind: 'ministry', name: 'X' } }),
      draft({ channels: [] }),
      draft({ channels: ['event', 'radio'] }),
      draft({ channels: ['event', 'event'] }),
      draft({ startsOn: '2027-03-01T10:00:00Z' }),
      draft({ endsOn: '2027-02-28' }),
      draft({ subjects: [] }),
      draft({ subjects: Array.from({ length: 21 }, (_, i) => `Subject ${i}`) }),
      draft({ description: 'x'.repeat(2001) }),
      draft({ status: 'live' }),
    ];
    for (const body of bad) {
      const response = await outreach.request('POST', '/campaigns', body, { as: 'admin' });
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(['request.invalid', 'request.operator_key']).toContain(response.body.code);
    }
    expect(await count()).toEqual(before);
  });

  it('checks the caller: no token 401, a role outside the policy 403, another office 403 to create, 404 to read', async () => {
    const body = draft({ office: 'DE', country: 'DE' });
    expect((await outreach.request('POST', '/campaigns', body)).body).toMatchObject({
      status: 401,
      code: 'auth.unauthenticated',
    });
    expect((await outreach.request('POST', '/campaigns', body, { as: 'trainee' })).body).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });
    expect((await outreach.request('POST', '/campaigns', body, { as: officerOf('BE') })).body).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });
    const forged = await outreach.request('POST', '/campaigns', body, { token: 'eyJhbGciOiJub25lIn0.e30.' });
    expect(forged.body).toMatchObject({ status: 401, code: 'auth.token_invalid' });

    const { id } = await create(body, officerOf('DE'));
    const hidden = { status: 404, code: 'campaign.not_found' };
    for (const [method, path] of [
      ['GET', `/campaigns/${id}`],
      ['PATCH', `/campaigns/${id}`],
      ['POST', `/campaigns/${id}/launch`],
      ['GET', `/campaigns/${id}/funnel`],
    ] as const) {
      const response = await outreach.request(method, path, method === 'PATCH' ? {} : undefined, {
        as: officerOf('BE'),
      });
      expect({ method, path, body: response.body }).toMatchObject({ method, path, body: hidden });
    }
    expect(
      (await outreach.request('GET', `/campaigns/${id}`, undefined, { as: officerOf('DE') })).status,
    ).toBe(200);

    // Listing: an officer sees their office's campaigns only, whatever they ask for.
    await eventually(async () => {
      const mine = await outreach.request('GET', '/campaigns?office=DE', undefined, { as: officerOf('DE') });
      expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(id);
    });
    await eventually(async () => {
      const theirs = await outreach.request('GET', '/campaigns', undefined, { as: officerOf('BE') });
      expect(theirs.body.items.length).toBeGreaterThan(0);
      expect(theirs.body.items.every((c: { office: string }) => c.office === 'BE')).toBe(true);
    });
    expect(
      (await outreach.request('GET', '/campaigns?office=DE', undefined, { as: officerOf('BE') })).body,
    ).toEqual({ items: [] });
    expect(
      (await outreach.request('GET', '/campaigns?status=open', undefined, { as: 'admin' })).body,
    ).toMatchObject({ status: 400, code: 'request.invalid' });
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

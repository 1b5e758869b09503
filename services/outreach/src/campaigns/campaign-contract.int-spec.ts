import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectInvalid, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';

const draft = (overrides: Record<string, unknown> = {}) => ({
  name: 'Brussels forum',
  office: 'BE',
  partner: { kind: 'embassy', name: 'Embassy of Rwanda in Brussels' },
  country: 'BE',
  channels: ['event'],
  startsOn: '2027-03-01',
  endsOn: '2027-04-30',
  subjects: ['Mechatronics'],
  description: 'Meet IOM and the embassy.',
  ...overrides,
});

// A PATCH changes what it names and nothing else; a required part is never taken away by `null`.
describe('a campaign’s contract', () => {
  let outreach: ServiceUnderTest;
  const as = { as: 'programme-manager' as const };
  const create = async () => {
    const created = await outreach.request('POST', '/campaigns', draft(), as);
    expect(created.status).toBe(201);
    return (created.body as { id: string }).id;
  };

  beforeAll(async () => {
    outreach = await startService(AppModule);
  });
  afterAll(() => outreach.close());

  it('refuses a campaign without a partner, or with a null one', async () => {
    expectInvalid(await outreach.request('POST', '/campaigns', draft({ partner: undefined }), as), 'partner');
    expectInvalid(await outreach.request('POST', '/campaigns', draft({ partner: null }), as), 'partner');
  });

  it('changes only the name when only the name is sent', async () => {
    const id = await create();
    const edited = await outreach.request('PATCH', `/campaigns/${id}`, { name: 'x' }, as);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ ...draft(), name: 'x', version: 2 });
    expect((await outreach.request('GET', `/campaigns/${id}`, undefined, as)).body).toMatchObject({
      endsOn: '2027-04-30',
      name: 'x',
    });
  });

  it('refuses to set the partner or another required field to null, and keeps the draft as it was', async () => {
    const id = await create();
    for (const field of ['partner', 'name', 'endsOn', 'channels'])
      expectInvalid(await outreach.request('PATCH', `/campaigns/${id}`, { [field]: null }, as), field);
    expect((await outreach.request('GET', `/campaigns/${id}`, undefined, as)).body).toMatchObject({
      ...draft({ office: 'BE' }),
      version: 1,
    });
  });

  it('still clears the description with null, as before', async () => {
    const id = await create();
    const edited = await outreach.request('PATCH', `/campaigns/${id}`, { description: null }, as);
    expect(edited.status).toBe(200);
  });
});

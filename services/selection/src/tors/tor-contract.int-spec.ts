import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectInvalid, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';
import { draft, pm } from '../applications/selection.testing.ts';

// Nested objects are required where the ToR needs them, and never null: a ToR without requirements or period
// was accepted and published, and every application to it then failed with 500.
describe('a ToR’s nested terms', () => {
  let selection: ServiceUnderTest;
  const post = (body: object) => selection.request('POST', '/tors', body, { as: pm });

  beforeAll(async () => {
    selection = await startService(AppModule);
  });
  afterAll(() => selection.close());

  it('refuses a draft without requirements or period, or with either null', async () => {
    for (const field of ['requirements', 'period']) {
      expectInvalid(await post(draft({ [field]: undefined })), field);
      expectInvalid(await post(draft({ [field]: null })), field);
    }
  });

  it('refuses an edit that sets requirements, period or another term to null, and keeps the draft as it was', async () => {
    const created = await post(draft());
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    for (const field of ['requirements', 'period', 'title', 'experts'])
      expectInvalid(await selection.request('PATCH', `/tors/${id}`, { [field]: null }, { as: pm }), field);
    const read = await selection.request('GET', `/tors/${id}`, undefined, { as: pm });
    expect(read.body).toMatchObject({
      version: 1,
      requirements: draft().requirements,
      period: draft().period,
    });
  });

  it('still takes an edit of one term alone, changing nothing else', async () => {
    const { id } = (await post(draft())).body as { id: string };
    const edited = await selection.request('PATCH', `/tors/${id}`, { experts: 3 }, { as: pm });
    expect(edited.status).toBe(200);
    const { requirements, period, title } = draft();
    expect(edited.body).toMatchObject({ experts: 3, requirements, period, title });
  });

  it('takes null for the rules that have programme defaults as a return to those defaults, as a draft does', async () => {
    const drafted = (await post(draft())).body as { id: string; eligibility: object; criteria: object[] };
    const custom = {
      subject: 50,
      qualificationField: 10,
      qualificationLevel: 10,
      experience: 10,
      languages: 10,
      availability: 10,
    };
    const weighted = await selection.request(
      'PATCH',
      `/tors/${drafted.id}`,
      { matchWeights: custom },
      { as: pm },
    );
    expect(weighted.body).toMatchObject({ matchWeights: custom });
    const reset = await selection.request(
      'PATCH',
      `/tors/${drafted.id}`,
      { eligibility: null, matchWeights: null, criteria: null },
      { as: pm },
    );
    expect(reset.status).toBe(200);
    const fresh = (await post(draft())).body as { matchWeights: object };
    expect(reset.body).toMatchObject({
      eligibility: drafted.eligibility,
      matchWeights: fresh.matchWeights,
      criteria: drafted.criteria,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule as OutreachModule } from '../services/outreach/src/app.module.ts';
import { AppModule as ReportingModule } from '../services/reporting/src/app.module.ts';

// The tracer bullet through every layer: HTTP → outreach's database → Kafka → reporting's read model → HTTP.
describe('a launched campaign reaches the figures', () => {
  let outreach: ServiceUnderTest;
  let reporting: ServiceUnderTest;

  beforeAll(async () => {
    [outreach, reporting] = await Promise.all([startService(OutreachModule), startService(ReportingModule)]);
  });
  afterAll(async () => {
    await Promise.all([outreach.close(), reporting.close()]);
  });

  it('counts campaigns launched in outreach per office in reporting', async () => {
    for (const office of ['DE', 'BE', 'DE'] as const) {
      const created = await outreach.request(
        'POST',
        '/campaigns',
        { name: `Campaign in ${office}`, office },
        { as: { roles: ['outreach-officer'], office } },
      );
      expect(created.status).toBe(201);
    }
    await eventually(async () => {
      const figures = await reporting.request('GET', '/figures/campaigns', undefined, {
        as: 'programme-manager',
      });
      expect(figures.body).toEqual({ launched: { BE: 1, DE: 2 } });
    });
  });
});

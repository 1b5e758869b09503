import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { campaignDraft, eventually, type ServiceUnderTest, startService } from '@ikiraro/testing';
import { AppModule as OutreachModule } from '../services/outreach/src/app.module.ts';
import { AppModule as ReportingModule } from '../services/reporting/src/app.module.ts';

const campaign = (name: string, office: 'BE' | 'DE') =>
  campaignDraft({ name, office, channels: ['event', 'social-media'] });

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
      const as = { roles: ['outreach-officer' as const], office };
      const created = await outreach.request(
        'POST',
        '/campaigns',
        campaign(`Campaign in ${office}`, office),
        { as },
      );
      expect(created.status).toBe(201);
      // A draft is announced to nobody: only its launch reaches the figures.
      const launched = await outreach.request('POST', `/campaigns/${created.body.id}/launch`, undefined, {
        as,
      });
      expect(launched.status).toBe(200);
    }
    await eventually(async () => {
      const figures = await reporting.request('GET', '/figures/campaigns', undefined, {
        as: 'programme-manager',
      });
      expect(figures.body).toEqual({ launched: { BE: 1, DE: 2 } });
    });
  });
});

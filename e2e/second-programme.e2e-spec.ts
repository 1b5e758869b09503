import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  call,
  campaignDraft,
  type MailCatcher,
  registrationProfile,
  type ServiceProcess,
  spawnService,
  startMailCatcher,
  type Who,
} from '@ikiraro/testing';
import { OTHER_PROGRAMME_DEFINITION } from '../libs/programme/src/testing/other-programme.testing.ts';
import { draft as torDraft } from '../services/selection/src/applications/selection.testing.ts';

// Another programme is configuration and data, not code: the same services, started as processes (as `npm start`
// runs them) on a made-up second definition (host country LK with its own colleges, offices in FR and IT, other
// genders), take that programme's codes and refuse the first programme's.
describe('a second programme, from its definition file only', () => {
  let mail: MailCatcher;
  let outreach: ServiceProcess;
  let selection: ServiceProcess;
  let gateway: ServiceProcess;
  const env = { PROGRAMME_DEFINITION: OTHER_PROGRAMME_DEFINITION };
  const manager: Who = { roles: ['programme-manager'] };

  beforeAll(async () => {
    mail = await startMailCatcher();
    [outreach, selection] = await Promise.all([
      spawnService('outreach', { ...env, SMTP_URL: mail.url }),
      spawnService('selection', env),
    ]);
    gateway = await spawnService('gateway', {
      ...env,
      SMTP_URL: mail.url,
      SERVICE_URLS: `outreach=${outreach.url},selection=${selection.url},placement=http://127.0.0.1:9,training=http://127.0.0.1:9,funding=http://127.0.0.1:9,notifications=http://127.0.0.1:9,reporting=http://127.0.0.1:9`,
    });
  });
  afterAll(async () => {
    await Promise.all([gateway, outreach, selection].map((service) => service?.kill('SIGTERM')));
    await mail?.stop();
  });

  it('is what the gateway serves at GET /programme', async () => {
    const served = await call(`${gateway.url}/api/v1/programme`, 'GET');
    expect(served.status).toBe(200);
    expect(served.body).toMatchObject({
      id: 'coastal-skills-test',
      host: { country: 'LK' },
      offices: [{ code: 'FR' }, { code: 'IT' }, { code: 'LK' }],
      currencies: ['EUR', 'LKD'],
    });
  });

  it('takes campaigns of its offices, from an officer scoped to one of them, and refuses the first programme’s', async () => {
    const officer: Who = { roles: ['outreach-officer'], office: 'FR' };
    const created = await call(`${outreach.url}/campaigns`, 'POST', campaignDraft({ office: 'FR' }), {
      as: officer,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ office: 'FR', country: 'FR' });

    const refused = await call(`${outreach.url}/campaigns`, 'POST', campaignDraft({ office: 'BE' }), {
      as: manager,
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'request.invalid' });
    expect(JSON.stringify(refused.body)).toContain('FR, IT');
  });

  it('registers people living in its countries, with its own genders', async () => {
    const campaign = await call(`${outreach.url}/campaigns`, 'POST', campaignDraft({ office: 'IT' }), {
      as: manager,
    });
    expect(campaign.status).toBe(201);
    expect(
      (await call(`${outreach.url}/campaigns/${campaign.body.id}/launch`, 'POST', undefined, { as: manager }))
        .status,
    ).toBe(200);
    let people = 0;
    const form = (overrides: Record<string, unknown>) => ({
      campaign: campaign.body.slug,
      firstName: 'Giulia',
      lastName: 'Mukamana',
      email: `giulia.${++people}@example.org`,
      startedAt: new Date(Date.now() - 60_000).toISOString(),
      ...registrationProfile({ countryOfResidence: 'IT', gender: 'undisclosed' }),
      ...overrides,
    });
    expect((await call(`${outreach.url}/public/registrations`, 'POST', form({}))).status).toBe(202);
    for (const outside of [{ countryOfResidence: 'BE' }, { gender: 'other' }]) {
      const refused = await call(`${outreach.url}/public/registrations`, 'POST', form(outside));
      expect({ outside, status: refused.status }).toEqual({ outside, status: 400 });
    }
  });

  it('takes ToRs for its institutions, from a focal point scoped to one, and refuses an IPRC', async () => {
    const focal: Who = { roles: ['iprc-focal-point'], iprc: 'LK-S' };
    const created = await call(`${selection.url}/tors`, 'POST', torDraft({ iprc: 'LK-S' }), { as: focal });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ iprc: 'LK-S', eligibility: { countries: ['FR', 'IT'] } });

    const refused = await call(`${selection.url}/tors`, 'POST', torDraft({ iprc: 'KGL' }), { as: manager });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(refused.body)).toContain('LK-N, LK-S, LK-E');
  });

  it('stops a service at start on a definition with a bad field, naming the field', async () => {
    const definition = JSON.parse(readFileSync(OTHER_PROGRAMME_DEFINITION, 'utf8'));
    definition.host.institutions[1].code = 'LK S';
    const bad = join(mkdtempSync(join(tmpdir(), 'programme-')), 'bad.json');
    writeFileSync(bad, JSON.stringify(definition));
    await expect(spawnService('reporting', { PROGRAMME_DEFINITION: bad })).rejects.toThrow(
      /exited at start[\s\S]*host\.institutions\.1\.code/,
    );
  });
});

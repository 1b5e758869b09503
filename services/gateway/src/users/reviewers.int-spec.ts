import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@ikiraro/testing';
import { admin, startGateway } from '../gateway.testing.ts';
import { onboardUser, userPassword } from './onboarding.testing.ts';

describe('reviewers', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let adminToken: string;
  const api = (method: string, path: string, body?: unknown, token?: string) =>
    gateway.request(method, `/api/v1${path}`, body, { token });
  const onboard = (email: string, name: string, roles: string[], extra: object = {}) =>
    onboardUser(gateway, adminToken, { email, name, roles, ...extra });
  const signIn = async (email: string) =>
    (await api('POST', '/auth/login', { email, password: userPassword })).body.accessToken as string;

  beforeAll(async () => {
    gateway = await startGateway({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    adminToken = (await api('POST', '/auth/login', admin)).body.accessToken;
  });
  afterAll(() => gateway.close());

  it('lists the active TWG members, by name, for a programme manager to pick a panel from', async () => {
    const zena = await onboard('zena@test.ikiraro.org', 'Zena Mukamana', ['twg-member']);
    // Another role beside twg-member still makes a reviewer.
    const bosco = await onboard('bosco@test.ikiraro.org', 'Bosco Habimana', ['auditor', 'twg-member']);
    const leaver = await onboard('leaver@test.ikiraro.org', 'Alain Leaver', ['twg-member']);
    // Invited, not yet active: cannot review.
    const invited = await api(
      'POST',
      '/users',
      { email: 'pending@test.ikiraro.org', name: 'Pending Reviewer', roles: ['twg-member'] },
      adminToken,
    );
    expect(invited.status).toBe(201);
    await onboard('pm@test.ikiraro.org', 'Prisca Manager', ['programme-manager']);
    expect((await api('PATCH', `/users/${leaver}`, { status: 'disabled' }, adminToken)).status).toBe(200);

    const manager = await signIn('pm@test.ikiraro.org');
    await eventually(async () => {
      const reviewers = await api('GET', '/reviewers', undefined, manager);
      expect(reviewers.status).toBe(200);
      expect(reviewers.body).toEqual({
        items: [
          { id: bosco, name: 'Bosco Habimana', email: 'bosco@test.ikiraro.org' },
          { id: zena, name: 'Zena Mukamana', email: 'zena@test.ikiraro.org' },
        ],
      });
    });
  });

  it('refuses anyone but a programme manager', async () => {
    await onboard('officer@test.ikiraro.org', 'Olivier Officer', ['outreach-officer'], { office: 'BE' });
    const officer = await api('GET', '/reviewers', undefined, await signIn('officer@test.ikiraro.org'));
    expect(officer.body).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect((await api('GET', '/reviewers', undefined, adminToken)).body).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });
    expect((await api('GET', '/reviewers')).body).toMatchObject({
      status: 401,
      code: 'auth.unauthenticated',
    });
  });
});

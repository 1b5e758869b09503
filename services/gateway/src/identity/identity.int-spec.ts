import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, type Platform, startPlatform } from '../gateway.testing.ts';

describe('identity', () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('signs the first administrator in', async () => {
    const response = await platform.gateway.request('POST', '/api/v1/auth/login', admin);
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ email: admin.email, roles: ['admin'], status: 'active' });
  });
});

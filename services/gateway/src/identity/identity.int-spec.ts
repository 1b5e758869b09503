import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, type HttpResponse, tokenFor } from '@ikiraro/testing';
import { admin, callFrom, startGateway } from '../gateway.testing.ts';
import { LoginThrottle } from './login-throttle.ts';

const refreshCookie = (response: HttpResponse) =>
  response.headers.getSetCookie().find((c) => c.startsWith('ikiraro_refresh='))!;
const cookieHeader = (setCookie: string) => ({ cookie: setCookie.split(';')[0] });

describe('identity', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let adminToken: string;
  const api = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    gateway.request(method, `/api/v1${path}`, body, { headers });
  const asAdmin = (method: string, path: string, body?: unknown) =>
    gateway.request(method, `/api/v1${path}`, body, { token: adminToken });
  const invite = (email: string, name: string, roles: string[], extra: object = {}) =>
    asAdmin('POST', '/users', { email, name, roles, ...extra });

  /** Invites, follows the e-mailed link and sets a password: an active user. */
  async function onboard(email: string, roles: string[], extra: object = {}) {
    const since = new Date();
    const invited = await invite(email, `User ${email}`, roles, extra);
    expect(invited.status).toBe(201);
    const mail = await gateway.mail.waitFor(email, { since });
    const token = new URL(mail.links[0]!).searchParams.get('token')!;
    expect(
      (await api('POST', '/auth/invitations/accept', { token, password: 'a long enough password' })).status,
    ).toBe(204);
    return invited.body.id as string;
  }

  beforeAll(async () => {
    gateway = await startGateway({ LOCKOUT_AFTER_FAILURES: '3', AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    adminToken = (await api('POST', '/auth/login', admin)).body.accessToken;
  });
  afterAll(() => gateway.close());

  it('signs in with an access token in the body and the refresh token in a strict httpOnly cookie', async () => {
    const response = await api('POST', '/auth/login', admin);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      accessToken: expect.any(String),
      user: { email: admin.email, roles: ['admin'], status: 'active' },
    });
    expect(response.body.user).not.toHaveProperty('passwordHash');
    expect(refreshCookie(response)).toMatch(/HttpOnly/);
    expect(refreshCookie(response)).toMatch(/SameSite=Strict/);
    expect(refreshCookie(response)).toMatch(/Path=\/api\/v1\/auth/);
    const me = await gateway.request('GET', '/api/v1/auth/me', undefined, {
      token: response.body.accessToken,
    });
    expect(me.body).toMatchObject({ email: admin.email });
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const wrong = await api('POST', '/auth/login', { ...admin, password: 'not the password at all' });
    const unknown = await api('POST', '/auth/login', {
      email: 'nobody@test.ikiraro.org',
      password: 'whatever it is',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('auth.invalid_credentials');
    expect(unknown.body.code).toBe('auth.invalid_credentials');
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  });

  it('invites a user by e-mail; the link sets the password once; the user signs in with their role', async () => {
    const since = new Date();
    const invited = await invite('Officer.BE@test.ikiraro.org', 'Officer BE', ['outreach-officer'], {
      office: 'BE',
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      status: 'invited',
      email: 'officer.be@test.ikiraro.org',
      invitationSent: true,
    });
    const mail = await gateway.mail.waitFor('officer.be@test.ikiraro.org', { since });
    expect(mail.links[0]).toMatch(/\/accept-invitation\?token=/);
    const token = new URL(mail.links[0]!).searchParams.get('token')!;

    const weak = await api('POST', '/auth/invitations/accept', { token, password: 'short' });
    expect(weak.status).toBe(400);
    // A refused password leaves the link usable.
    expect(
      (await api('POST', '/auth/invitations/accept', { token, password: 'a long enough password' })).status,
    ).toBe(204);
    const again = await api('POST', '/auth/invitations/accept', { token, password: 'another long password' });
    expect(again.body).toMatchObject({ status: 400, code: 'link.invalid' });

    const login = await api('POST', '/auth/login', {
      email: 'officer.be@test.ikiraro.org',
      password: 'a long enough password',
    });
    expect(login.body.user).toMatchObject({ roles: ['outreach-officer'], office: 'BE', status: 'active' });
    const users = await gateway.request('GET', '/api/v1/users', undefined, {
      token: login.body.accessToken,
    });
    expect(users.status).toBe(403);
  });

  it('refuses an invitation that breaks the scope rules, and a second account for one e-mail', async () => {
    const unscoped = await invite('x@test.ikiraro.org', 'X', ['outreach-officer']);
    expect(unscoped.body).toMatchObject({ status: 400, code: 'user.scope_required' });
    const unknownRole = await invite('y@test.ikiraro.org', 'Y', ['root']);
    expect(unknownRole.body).toMatchObject({ status: 400, code: 'request.invalid' });
    const duplicate = await invite(admin.email.toUpperCase(), 'Again', ['auditor']);
    expect(duplicate.body).toMatchObject({ status: 409, code: 'user.exists' });
    // The refused invitation left nothing behind: the same e-mail can be invited properly.
    const fixed = await invite('x@test.ikiraro.org', 'X', ['outreach-officer'], { office: 'DE' });
    expect(fixed.status).toBe(201);
  });

  it('rotates the refresh token, and a replayed one closes the whole session', async () => {
    const login = await api('POST', '/auth/login', admin);
    const first = refreshCookie(login);
    const rotated = await api('POST', '/auth/refresh', undefined, cookieHeader(first));
    expect(rotated.status).toBe(200);
    const second = refreshCookie(rotated);
    expect(second).not.toEqual(first);

    const replay = await api('POST', '/auth/refresh', undefined, cookieHeader(first));
    expect(replay.body).toMatchObject({ status: 401, code: 'auth.refresh_reused' });
    const afterReplay = await api('POST', '/auth/refresh', undefined, cookieHeader(second));
    expect(afterReplay.body).toMatchObject({ status: 401, code: 'auth.session_invalid' });
  });

  it('lets only one of two concurrent uses of a refresh token through', async () => {
    const cookie = cookieHeader(refreshCookie(await api('POST', '/auth/login', admin)));
    const results = await Promise.all([1, 2, 3].map(() => api('POST', '/auth/refresh', undefined, cookie)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('ends the session at sign-out', async () => {
    const cookie = cookieHeader(refreshCookie(await api('POST', '/auth/login', admin)));
    expect((await api('POST', '/auth/logout', undefined, cookie)).status).toBe(204);
    expect((await api('POST', '/auth/refresh', undefined, cookie)).body.code).toBe('auth.session_invalid');
  });

  /** Sign-in from another client address (every 127.x address is this machine). */
  const signInFrom = (address: string, email: string, password: string) =>
    callFrom(address, `${gateway.url}/api/v1/auth/login`, 'POST', { email, password });
  /** What a problem says, without what differs from one request to the next. */
  const answer = ({ status, headers, body }: HttpResponse) => {
    const rest: Record<string, unknown> = { ...body };
    delete rest.correlationId;
    return { status, type: headers.get('content-type'), body: rest };
  };

  it('locks out only the address the failures came from: the owner still signs in from theirs', async () => {
    const email = 'targeted@test.ikiraro.org';
    await onboard(email, ['auditor']);
    for (let i = 0; i < 3; i++)
      expect((await signInFrom('127.0.0.2', email, `wrong password ${i}`)).status).toBe(401);
    // The attacker's address is locked out, even with the right password…
    expect((await signInFrom('127.0.0.2', email, 'a long enough password')).status).toBe(401);
    // …and the owner, elsewhere, is not.
    expect((await signInFrom('127.0.0.3', email, 'a long enough password')).status).toBe(200);
  });

  it('answers an unknown e-mail, a wrong password and a locked-out pair with the same problem', async () => {
    const email = 'guarded@test.ikiraro.org';
    await onboard(email, ['auditor']);
    const wrong = await signInFrom('127.0.0.4', email, 'not the password');
    const unknown = await signInFrom('127.0.0.4', 'no-account@test.ikiraro.org', 'not the password');
    for (let i = 0; i < 3; i++) {
      await signInFrom('127.0.0.5', email, `wrong password ${i}`);
      await signInFrom('127.0.0.5', 'no-account@test.ikiraro.org', `wrong password ${i}`);
    }
    const locked = await signInFrom('127.0.0.5', email, 'a long enough password');
    const unknownLocked = await signInFrom('127.0.0.5', 'no-account@test.ikiraro.org', 'not the password');
    expect(answer(wrong)).toMatchObject({
      status: 401,
      type: expect.stringContaining('application/problem+json'),
      body: { code: 'auth.invalid_credentials' },
    });
    for (const other of [unknown, locked, unknownLocked]) expect(answer(other)).toEqual(answer(wrong));
  });

  it('checks no more passwords of a burst of parallel attempts than the lockout allows', async () => {
    const throttle = gateway.app.get(LoginThrottle);
    let checks = 0;
    // Every check waits until all ten attempts have been let in or turned away: none finishes early.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const attempts = Array.from({ length: 10 }, () =>
      throttle.attempt('burst@test.ikiraro.org', '127.0.0.9', async () => {
        checks += 1;
        await gate;
        return false;
      }),
    );
    await eventually(async () => expect(checks).toBe(3));
    release();
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(7);
    expect(checks).toBe(3);
    // A success gives its attempt back: sign-ins that succeed never add up to a lockout.
    for (let i = 0; i < 5; i++)
      expect(await throttle.attempt('fine@test.ikiraro.org', '127.0.0.9', async () => true)).toBe(true);
  });

  it('resets a password by e-mail, ending the sessions that existed', async () => {
    const email = 'forgetful@test.ikiraro.org';
    await onboard(email, ['twg-member']);
    const before = cookieHeader(
      refreshCookie(await api('POST', '/auth/login', { email, password: 'a long enough password' })),
    );
    const since = new Date();
    expect((await api('POST', '/auth/password-reset', { email })).status).toBe(202);
    const mail = await gateway.mail.waitFor(email, { since });
    const token = new URL(mail.links[0]!).searchParams.get('token')!;
    expect(
      (await api('POST', '/auth/password-reset/confirm', { token, password: 'a brand new password' })).status,
    ).toBe(204);

    expect((await api('POST', '/auth/refresh', undefined, before)).body.code).toBe('auth.session_invalid');
    expect((await api('POST', '/auth/login', { email, password: 'a long enough password' })).status).toBe(
      401,
    );
    expect((await api('POST', '/auth/login', { email, password: 'a brand new password' })).status).toBe(200);
  });

  it('says nothing about addresses without an account when asked for a reset', async () => {
    const since = new Date();
    expect((await api('POST', '/auth/password-reset', { email: 'stranger@test.ikiraro.org' })).status).toBe(
      202,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(gateway.mail.mails.filter((m) => m.at >= since)).toHaveLength(0);
  });

  it('disables a user: no sign-in, no refresh; the list shows it', async () => {
    const email = 'leaver@test.ikiraro.org';
    const id = await onboard(email, ['trainer']);
    const cookie = cookieHeader(
      refreshCookie(await api('POST', '/auth/login', { email, password: 'a long enough password' })),
    );
    const disabled = await asAdmin('PATCH', `/users/${id}`, { status: 'disabled' });
    expect(disabled.body).toMatchObject({ status: 'disabled' });
    expect((await api('POST', '/auth/login', { email, password: 'a long enough password' })).status).toBe(
      401,
    );
    expect((await api('POST', '/auth/refresh', undefined, cookie)).status).toBe(401);
    await eventually(async () => {
      const list = await asAdmin('GET', '/users');
      expect(list.body.items).toContainEqual(expect.objectContaining({ id, status: 'disabled' }));
    });
  });

  it("ends a user's sessions when an admin changes their roles or scope, not when only the name changes", async () => {
    const email = 'promoted@test.ikiraro.org';
    const id = await onboard(email, ['twg-member']);
    const signIn = async () =>
      cookieHeader(
        refreshCookie(await api('POST', '/auth/login', { email, password: 'a long enough password' })),
      );
    const renamed = await signIn();
    expect((await asAdmin('PATCH', `/users/${id}`, { name: 'Promoted User' })).status).toBe(200);
    const afterRename = await api('POST', '/auth/refresh', undefined, renamed);
    expect(afterRename.status).toBe(200);

    const before = await signIn();
    const changed = await asAdmin('PATCH', `/users/${id}`, { roles: ['outreach-officer'], office: 'BE' });
    expect(changed.body).toMatchObject({ roles: ['outreach-officer'], office: 'BE' });
    expect((await api('POST', '/auth/refresh', undefined, before)).body).toMatchObject({
      status: 401,
      code: 'auth.session_invalid',
    });
    const rescoped = await signIn();
    expect((await asAdmin('PATCH', `/users/${id}`, { office: 'DE' })).status).toBe(200);
    expect((await api('POST', '/auth/refresh', undefined, rescoped)).status).toBe(401);
    // A new sign-in carries the new roles.
    const again = await api('POST', '/auth/login', { email, password: 'a long enough password' });
    expect(again.body.user).toMatchObject({ roles: ['outreach-officer'], office: 'DE' });
  });

  it('treats a member token as no staff sign-in: no /auth/me, no account looked up', async () => {
    const member = await tokenFor({ roles: ['member'], name: 'Amina Uwase' });
    const me = await gateway.request('GET', '/api/v1/auth/me', undefined, { token: member });
    expect(me.body).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });

  it('refuses a member-token exchange without a link token before asking outreach', async () => {
    const response = await api('POST', '/auth/member-token');
    expect(response.body).toMatchObject({ status: 401, code: 'member_token.invalid' });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('keeps an admin from disabling themselves', async () => {
    const me = await asAdmin('GET', '/auth/me');
    const response = await asAdmin('PATCH', `/users/${me.body.id}`, { status: 'disabled' });
    expect(response.body).toMatchObject({ status: 409, code: 'user.self_lockout' });
  });
});

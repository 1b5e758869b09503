import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { call, type HttpResponse, type MailCatcher, startMailCatcher } from '@ikiraro/testing';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { startGateway } from '../services/gateway/src/gateway.testing.ts';
import { journeysOn } from './journeys.ts';
import { admin, type Platform, startPlatform } from './platform.ts';

// A registrant has no account: the magic link outreach e-mails them is exchanged at the gateway for a short-lived
// access token with the role `member`, for the routes they use on their own behalf (applying to a ToR).

const policyCodes = ['auth.unauthenticated', 'auth.forbidden', 'auth.token_invalid'];

/** The claims of a JWT, read without verifying it (the gateway and services verify; the test reads). */
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

const exchange = (gatewayUrl: string, token?: string, headers: Record<string, string> = {}) =>
  call(`${gatewayUrl}/api/v1/auth/member-token`, 'POST', undefined, {
    headers: { ...(token === undefined ? {} : { 'x-member-token': token }), ...headers },
  });

describe('member tokens', () => {
  let platform: Platform;
  let outreachMail: MailCatcher;
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform.gateway.request(method, `/api/v1${path}`, body, options);

  const journeys = journeysOn(
    () => platform,
    () => outreachMail,
  );
  const liveCampaign = (name: string) =>
    journeys.liveCampaign({ name, partner: { kind: 'embassy', name: 'Embassy of Rwanda in Brussels' } });
  const registerMember = (slug: string, person: { firstName: string; lastName: string; email: string }) =>
    journeys.register(slug, person, { availability: [{ from: '2027-03-01', to: '2027-04-15' }] });
  const { magicLinkOf } = journeys;

  const expectInvalid = (response: HttpResponse) => {
    expect(response.body).toMatchObject({ status: 401, code: 'member_token.invalid' });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  };

  let slug: string;
  const amina = { firstName: 'Amina', lastName: 'Uwase', email: 'amina.uwase@example.org' };
  let aminaId: string;

  beforeAll(async () => {
    // Outreach e-mails registrants (verification, profile links): to a catcher of our own, read below.
    outreachMail = await startMailCatcher();
    process.env.SMTP_URL = outreachMail.url;
    platform = await startPlatform({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    slug = await liveCampaign('Engineers for Rwanda – member tokens');
    aminaId = await registerMember(slug, amina);
  });
  afterAll(async () => {
    await platform?.close();
    await outreachMail?.stop();
  });

  it('exchanges a magic link for a short-lived member token, with no refresh token and no cookie', async () => {
    const token = await magicLinkOf(amina.email);
    const profile = await api('GET', '/public/self-service/profile', undefined, {
      headers: { 'x-member-token': token },
    });
    expect(profile.body).toMatchObject({ memberId: aminaId });

    const exchanged = await exchange(platform.gateway.url, token);
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toEqual({ accessToken: expect.any(String), expiresAt: expect.any(String) });
    expect(exchanged.headers.get('set-cookie')).toBeNull();
    const claims = claimsOf(exchanged.body.accessToken);
    expect(claims).toMatchObject({
      sub: profile.body.memberId,
      email: amina.email,
      name: 'Amina Uwase',
      roles: ['member'],
      iss: 'ikiraro',
    });
    expect(claims).not.toHaveProperty('office');
    // The lifetime of a staff access token, whatever it is set to.
    const staff = claimsOf((await api('POST', '/auth/login', admin)).body.accessToken);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(Number(staff.exp) - Number(staff.iat));
    expect(Date.parse(exchanged.body.expiresAt)).toBeGreaterThan(Date.now());
    // The magic link stays usable for its hour: the page exchanges it again when the token lapses.
    expect((await exchange(platform.gateway.url, token)).status).toBe(200);
  });

  it("lets a member token through to a member's routes, and nowhere meant for staff accounts", async () => {
    const member = (await exchange(platform.gateway.url, await magicLinkOf(amina.email))).body.accessToken;
    const me = await api('GET', '/auth/me', undefined, { token: member });
    expect(me.body).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect((await api('GET', '/users', undefined, { token: member })).body).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });
    expect((await api('GET', '/members', undefined, { token: member })).body).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });
    // The member's own routes (selection's) take it; a staff token is refused there.
    const applications = await api('GET', '/member/applications', undefined, { token: member });
    expect(policyCodes).not.toContain(applications.body?.code);
    const staff = await api('GET', '/member/applications', undefined, { as: 'programme-manager' });
    expect(staff.body).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });

  it('refuses a missing, unknown or malformed link token with 401 member_token.invalid', async () => {
    expectInvalid(await exchange(platform.gateway.url));
    expectInvalid(await exchange(platform.gateway.url, ''));
    expectInvalid(await exchange(platform.gateway.url, 'not-a-token-outreach-ever-sent'));
    expectInvalid(await exchange(platform.gateway.url, 'x'.repeat(500)));
  });

  it('documents the exchange as a public route taking the link token in a header', async () => {
    const document = (await platform.gateway.request('GET', '/api/docs.json')).body;
    const operation = document.paths['/api/v1/auth/member-token'].post;
    expect(operation.security).toEqual([]);
    expect(operation.parameters).toContainEqual(
      expect.objectContaining({ name: 'x-member-token', in: 'header', required: true }),
    );
    expect(document.paths['/api/v1/reviewers'].get['x-allowed-roles']).toEqual(['programme-manager']);
  });

  it('refuses the link of a member who withdrew (erased), even while it has not expired', async () => {
    const jean = { firstName: 'Jean', lastName: 'Bizimana', email: 'jean.bizimana@example.org' };
    await registerMember(slug, jean);
    const token = await magicLinkOf(jean.email);
    expect((await exchange(platform.gateway.url, token)).status).toBe(200);
    const withdrawn = await api('POST', '/public/self-service/withdraw', undefined, {
      headers: { 'x-member-token': token },
    });
    expect(withdrawn.status).toBe(200); // with the link to the erasure certificate
    expectInvalid(await exchange(platform.gateway.url, token));
  });
});

describe('member tokens when outreach is slow or down', () => {
  let outreach: Server;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  const received: { url?: string; headers: IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    // An outreach that accepts requests and never answers.
    outreach = createServer((request) => received.push({ url: request.url, headers: request.headers }));
    await new Promise<void>((resolve) => outreach.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(outreach.address() as { port: number }).port}`;
    gateway = await startGateway(
      { UPSTREAM_TIMEOUT_MS: '300', AUTH_RATE_LIMIT_PER_MINUTE: '1000' },
      { outreach: url, selection: 'http://127.0.0.1:9', reporting: 'http://127.0.0.1:9' },
    );
  });
  afterAll(async () => {
    await gateway.close();
    if (outreach.listening) {
      outreach.closeAllConnections();
      outreach.close();
    }
  });

  it("asks outreach with the link token and the caller's correlation id; 504 when it does not answer", async () => {
    const slow = await exchange(gateway.url, 'a-link-token-of-forty-three-characters-xyz', {
      'x-correlation-id': 'member-journey-7',
    });
    expect(slow.body).toMatchObject({ status: 504, code: 'upstream.timeout' });
    expect(slow.headers.get('content-type')).toContain('application/problem+json');
    expect(received).toContainEqual({
      url: '/public/self-service/profile',
      headers: expect.objectContaining({
        'x-member-token': 'a-link-token-of-forty-three-characters-xyz',
        'x-correlation-id': 'member-journey-7',
      }),
    });
  });

  it('answers 503 when outreach is down', async () => {
    outreach.closeAllConnections();
    await new Promise((resolve) => outreach.close(resolve));
    const down = await exchange(gateway.url, 'a-link-token-of-forty-three-characters-xyz');
    expect(down.body).toMatchObject({ status: 503, code: 'upstream.unavailable' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort } from '@ikiraro/local-infra';
import {
  call,
  campaignDraft,
  type MailCatcher,
  registrationProfile,
  startMailCatcher,
  tokenFor,
} from '@ikiraro/testing';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { callFrom, startGateway } from '../services/gateway/src/gateway.testing.ts';
import { type Platform, startPlatform } from './platform.ts';

const campaign = (name: string, office: 'BE' | 'DE') =>
  campaignDraft({ name, office, channels: ['event', 'social-media'] });

describe('forwarding and the edge', () => {
  let platform: Platform;
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform.gateway.request(method, `/api/v1${path}`, body, options);

  beforeAll(async () => {
    platform = await startPlatform({ CORS_ORIGINS: 'https://partner.example.org' });
  });
  afterAll(() => platform.close());

  it("forwards to the owning service with the caller's token and correlation id", async () => {
    const officer = { roles: ['outreach-officer'], office: 'DE' };
    const created = await api('POST', '/campaigns', campaign('Through the gateway', 'DE'), {
      as: officer,
      headers: { 'x-correlation-id': 'journey-42' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-correlation-id')).toBe('journey-42');
    const launched = await api('POST', `/campaigns/${created.body.id}/launch`, undefined, { as: officer });
    expect(launched.body).toMatchObject({ status: 'live' });
    const read = await api('GET', `/campaigns/${created.body.id}`, undefined, { as: 'auditor' });
    expect(read.body).toMatchObject({ name: 'Through the gateway', office: 'DE', status: 'live' });
    // Public routes go through without a token.
    const page = await api('GET', `/public/campaigns/${created.body.slug}`);
    expect(page.body).toMatchObject({ name: 'Through the gateway', status: 'live' });
    // The service is a wall of its own: its scope check answers through the gateway.
    const otherOffice = await api('POST', '/campaigns', campaign('Not mine', 'BE'), { as: officer });
    expect(otherOffice.body).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });

  it('stops anonymous, forged and unauthorised calls before they reach a service', async () => {
    expect((await api('GET', '/figures/campaigns')).body).toMatchObject({
      status: 401,
      code: 'auth.unauthenticated',
    });
    expect(
      (await api('GET', '/figures/campaigns', undefined, { token: 'forged.token.value' })).body,
    ).toMatchObject({
      status: 401,
      code: 'auth.token_invalid',
    });
    expect((await api('GET', '/figures/campaigns', undefined, { as: 'investor' })).body).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });
    expect(
      await tokenFor('admin', 1).then(async (token) => {
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        return (await api('GET', '/figures/campaigns', undefined, { token })).body.code;
      }),
    ).toBe('auth.token_invalid');
  });

  it('has no routes beyond the policy matrix', async () => {
    const response = await api('DELETE', '/campaigns/0190b1c4-0000-7000-8000-000000000000', undefined, {
      as: 'admin',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('serves one OpenAPI 3.1 document of the whole API, built from the services, with who may call what', async () => {
    const document = (await platform.gateway.request('GET', '/api/docs.json')).body;
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/campaigns',
        '/api/v1/campaigns/{id}',
        '/api/v1/figures/campaigns',
        '/api/v1/auth/login',
        '/api/v1/users',
      ]),
    );
    expect(document.paths['/api/v1/campaigns'].post['x-allowed-roles']).toEqual([
      'admin',
      'programme-manager',
      'outreach-officer',
    ]);
    expect(document.paths['/api/v1/auth/login'].post.security).toEqual([]);
    // The DTO is the service's own, not a copy.
    expect(document.components.schemas.CreateCampaignDto.properties.office.enum).toEqual(['BE', 'DE']);
    expect(Object.keys(document.paths).some((p) => p.includes('health') || p.includes('docs'))).toBe(false);
    const ui = await fetch(`${platform.gateway.url}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('sends security headers and allows only listed origins', async () => {
    const response = await fetch(`${platform.gateway.url}/api/v1/auth/me`, {
      headers: { origin: 'https://partner.example.org' },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    const stranger = await fetch(`${platform.gateway.url}/api/v1/auth/me`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers malformed, oversized, operator-laden and over-full bodies with problems, leaking nothing', async () => {
    const raw = (body: string, type = 'application/json') =>
      fetch(`${platform.gateway.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
    const malformed = await raw('{"email": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'request.malformed' });
    const big = await raw(JSON.stringify({ email: 'a@b.org', password: 'x'.repeat(2_000_000) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: 'request.too_large' });
    const operator = await raw(JSON.stringify({ email: { $ne: '' }, password: { $gt: '' } }));
    expect(operator.status).toBe(400);
    expect(await operator.json()).toMatchObject({ code: 'request.operator_key' });
    const unknownField = await api('POST', '/auth/password-reset', { email: 'a@b.org', admin: true });
    expect(unknownField.body).toMatchObject({ status: 400, code: 'request.invalid' });
    for (const response of [malformed, big, operator]) {
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const text = JSON.stringify(unknownField.body);
    expect(text).not.toMatch(/node_modules|at .*\.ts|stack/);
  });
});

describe('the gateway when a service is down or slow', () => {
  let silent: Server;
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    // A service that accepts connections and never answers; and a port where nothing listens.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address() as { port: number };
    gateway = await startGateway(
      { UPSTREAM_TIMEOUT_MS: '300' },
      {
        outreach: `http://127.0.0.1:${await freePort()}`,
        selection: `http://127.0.0.1:${await freePort()}`,
        reporting: `http://127.0.0.1:${address.port}`,
      },
    );
  });
  afterAll(async () => {
    await gateway.close();
    silent.closeAllConnections();
    silent.close();
  });

  it('answers 503 for a service that is down and 504 for one that is too slow', async () => {
    const down = await call(`${gateway.url}/api/v1/campaigns/x`, 'GET', undefined, { as: 'admin' });
    expect(down.body).toMatchObject({ status: 503, code: 'upstream.unavailable' });
    const slow = await call(`${gateway.url}/api/v1/figures/campaigns`, 'GET', undefined, { as: 'admin' });
    expect(slow.body).toMatchObject({ status: 504, code: 'upstream.timeout' });
    expect(slow.headers.get('content-type')).toContain('application/problem+json');
  });

  it('still serves its API document, naming the services it could not reach', async () => {
    const document = (await call(`${gateway.url}/api/docs.json`, 'GET')).body;
    expect(document['x-unavailable']).toEqual(expect.arrayContaining(['outreach', 'reporting']));
    expect(document.paths['/api/v1/auth/login']).toBeDefined();
  });
});

describe('the gateway when a service stops while it holds a request', () => {
  // A real upstream process that takes every request and never answers, saying on stdout when it holds one.
  const holder = `
    const server = require('node:http').createServer((request) => {
      request.resume();
      request.on('end', () => console.log('holding ' + request.method + ' ' + request.url));
    });
    server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
  `;

  it('answers 502 outcome unknown for the request in flight, then 503 once nothing listens', async () => {
    const child = spawn(process.execPath, ['-e', holder], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    // Registered first, so that every later listener sees the chunk's lines already here.
    child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n')));
    const printed = (prefix: string) =>
      new Promise<string>((resolve) => {
        const check = () => {
          const line = lines.find((l) => l.startsWith(prefix));
          if (line) resolve(line);
          return line;
        };
        if (!check()) child.stdout!.on('data', check);
      });
    const port = (await printed('port ')).slice('port '.length);
    const gateway = await startGateway(
      {},
      {
        outreach: `http://127.0.0.1:${port}`,
        selection: 'http://127.0.0.1:9',
        reporting: 'http://127.0.0.1:9',
      },
    );
    try {
      const inFlight = call(`${gateway.url}/api/v1/campaigns`, 'POST', campaign('Held', 'DE'), {
        as: 'admin',
      });
      await printed('holding POST /campaigns');
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
      const held = await inFlight;
      expect(held.status).toBe(502);
      expect(held.body).toMatchObject({ status: 502, code: 'upstream.outcome_unknown' });
      expect(held.body.title).toMatch(/may have been applied/);
      expect(held.headers.get('content-type')).toContain('application/problem+json');
      // The same service, now not running: nothing can have been applied.
      const next = await call(`${gateway.url}/api/v1/campaigns`, 'POST', campaign('After', 'DE'), {
        as: 'admin',
      });
      expect(next.body).toMatchObject({ status: 503, code: 'upstream.unavailable' });
    } finally {
      child.kill('SIGKILL');
      await gateway.close();
    }
  });
});

describe('rate limits', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    gateway = await startGateway({ AUTH_RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_PER_MINUTE: '50' });
  });
  afterAll(() => gateway.close());

  it('limits sign-in harder than the rest of the API', async () => {
    const attempts = [];
    for (let i = 0; i < 4; i++) {
      attempts.push(
        // From an address of its own: the sign-in budget is held in the database this file's gateways share.
        await callFrom('127.0.0.20', `${gateway.url}/api/v1/auth/login`, 'POST', {
          email: 'a@b.org',
          password: 'nope nope',
        }),
      );
    }
    expect(attempts.map((a) => a.status)).toEqual([401, 401, 401, 429]);
    expect(attempts[3]!.body).toMatchObject({ code: 'rate_limited' });
    expect(attempts[3]!.headers.get('retry-after')).toBeTruthy();
    // Other routes keep their own, larger allowance.
    expect((await call(`${gateway.url}/api/v1/auth/me`, 'GET')).status).toBe(401);
  });
});

describe('the bodies the gateway takes', () => {
  // A stand-in for the services that answers every request it gets: what reaches it got past the gateway.
  let upstream: Server;
  const received: string[] = [];
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        received.push(`${request.method} ${request.url} ${request.headers['content-type']}`);
        response.writeHead(201, { 'content-type': 'application/json' }).end('{"taken":true}');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
    gateway = await startGateway({}, { outreach: url, selection: url, reporting: url });
  });
  afterAll(async () => {
    await gateway.close();
    upstream.close();
  });

  it('takes a CSV on the import routes only and a PDF on the CV route only: elsewhere 415, too large 413', async () => {
    const officer = await tokenFor({ roles: ['outreach-officer'], office: 'DE' });
    const send = (path: string, type: string, body: string | Buffer, token?: string) =>
      fetch(`${gateway.url}/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
    const csv = 'firstName,lastName,email\nAmina,Uwase,amina@example.org\n';
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const refused = [
      await send('/public/registrations', 'text/csv', csv),
      await send('/public/registrations', 'text/csv', 'x'.repeat(3 * 1024 * 1024)),
      await send('/campaigns', 'application/pdf', pdf, officer),
      await send('/public/cvs', 'text/csv', csv),
      await send('/imports/dry-run', 'application/pdf', pdf, officer),
      await send('/imports', 'application/json', JSON.stringify({ rows: [] }), officer),
    ];
    for (const response of refused) {
      expect(response.status).toBe(415);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ code: 'request.media_type' });
    }
    const tooLarge = await send('/public/cvs', 'application/pdf', Buffer.alloc(7 * 1024 * 1024, 1));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 'request.too_large' });
    expect(received).toEqual([]);

    // The routes that take those bodies still get them, and JSON routes their JSON.
    expect((await send('/imports/dry-run', 'text/csv', csv, officer)).status).toBe(201);
    expect((await send('/public/cvs', 'application/pdf', Buffer.alloc(5 * 1024 * 1024, 1))).status).toBe(201);
    expect((await send('/public/registrations', 'application/json', '{"email":"a@b.org"}')).status).toBe(201);
    expect(received).toEqual([
      'POST /imports/dry-run text/csv',
      'POST /public/cvs application/pdf',
      'POST /public/registrations application/json',
    ]);
  });
});

describe('client addresses behind a proxy', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  // 127.0.0.1 plays the proxy the gateway is told to trust; 127.0.0.2 a client that reaches it directly.
  beforeAll(async () => {
    gateway = await startGateway({ AUTH_RATE_LIMIT_PER_MINUTE: '2', TRUSTED_PROXIES: '127.0.0.1' });
  });
  afterAll(() => gateway.close());

  const signIn = (from: string, forwardedFor?: string) =>
    callFrom(
      from,
      `${gateway.url}/api/v1/auth/login`,
      'POST',
      { email: 'someone@example.org', password: 'not the password' },
      forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    );

  it('ignores X-Forwarded-For from anyone but the trusted proxy: a spoofed one does not escape the limit', async () => {
    const statuses = [];
    for (const spoofed of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      statuses.push((await signIn('127.0.0.2', spoofed)).status);
    expect(statuses).toEqual([401, 401, 429]);
  });

  it("takes the client's address from the trusted proxy's X-Forwarded-For, nearest hop first", async () => {
    // Two clients behind the proxy, each with its own allowance.
    const first = [await signIn('127.0.0.1', '203.0.113.1'), await signIn('127.0.0.1', '203.0.113.1')];
    const second = [await signIn('127.0.0.1', '203.0.113.2'), await signIn('127.0.0.1', '203.0.113.2')];
    expect([...first, ...second].map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect((await signIn('127.0.0.1', '203.0.113.1')).status).toBe(429);
    // What a client writes into the header itself is left of the proxy's hop: it changes nothing.
    expect((await signIn('127.0.0.1', '192.0.2.9, 203.0.113.2')).status).toBe(429);
    expect((await signIn('127.0.0.1', '192.0.2.10, 203.0.113.2')).status).toBe(429);
  });
});

describe('a room of fifty registering from one address', () => {
  // An embassy evening: everyone on the venue's Wi-Fi, so one address for the gateway. The limits are the defaults.
  let platform: Platform;
  let outreachMail: MailCatcher;
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform.gateway.request(method, `/api/v1${path}`, body, options);

  beforeAll(async () => {
    outreachMail = await startMailCatcher();
    process.env.SMTP_URL = outreachMail.url;
    platform = await startPlatform();
  });
  afterAll(async () => {
    await platform?.close();
    await outreachMail?.stop();
  });

  /** What the join page sends for one person, as the portal does: the page, its counters, a CV, the form. */
  async function register(slug: string, email: string, withCv = true) {
    const page = await api('GET', `/public/campaigns/${slug}`);
    const visit = await api('POST', `/public/campaigns/${slug}/visits`, { channel: 'event' });
    const start = await api('POST', `/public/campaigns/${slug}/starts`, { channel: 'event' });
    const cv = withCv
      ? await fetch(`${platform.gateway.url}/api/v1/public/cvs`, {
          method: 'POST',
          headers: { 'content-type': 'application/pdf' },
          body: pdf,
        })
      : undefined;
    const { cvId } = ((await cv?.json()) ?? {}) as { cvId?: string };
    const form = await api('POST', '/public/registrations', {
      campaign: slug,
      firstName: 'Guest',
      lastName: email.split('@')[0],
      email,
      ...registrationProfile({
        availability: [],
        consent: { programme: true, opportunities: false, textVersion: '2026-11' },
      }),
      ...(cvId ? { cvId } : {}),
      // The form was opened a minute ago: a person, not a bot.
      startedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    return [page.status, visit.status, start.status, cv?.status, form.status];
  }

  // Fifty people is some three hundred requests: on a loaded machine that takes longer than a test's usual minute.
  it('lets all fifty through one after the other, and limits one e-mail sent again and again', async () => {
    const manager = { as: 'programme-manager' as const };
    const created = await api(
      'POST',
      '/campaigns',
      { ...campaign('Embassy evening', 'BE'), channels: ['event'] },
      manager,
    );
    expect((await api('POST', `/campaigns/${created.body.id}/launch`, undefined, manager)).status).toBe(200);
    const slug = created.body.slug as string;

    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await register(slug, `guest${i}@example.org`));
    expect(answers.filter((a) => a.join() !== '200,204,204,201,202')).toEqual([]);

    const again = [];
    // Without a CV: outreach has a quota of its own for the CVs of one e-mail address.
    for (let i = 0; i < 6; i++) again.push(await register(slug, 'same.person@example.org', false));
    expect(again.slice(0, 5).map((a) => a[4])).toEqual([202, 202, 202, 202, 202]);
    expect(again[5]![4]).toBe(429);
    const limited = await api('POST', '/public/registrations', { email: 'same.person@example.org' });
    expect(limited.body).toMatchObject({ status: 429, code: 'rate_limited' });
    // Anyone else in the room still gets through.
    expect((await register(slug, 'late.guest@example.org'))[4]).toBe(202);
  }, 300_000);
});

describe('rate limits across gateway replicas', () => {
  // Two replicas of the gateway on one database, as behind a load balancer.
  let replicas: Awaited<ReturnType<typeof startGateway>>[] = [];
  beforeAll(async () => {
    const env = { AUTH_RATE_LIMIT_PER_MINUTE: '3', FORM_SUBMISSIONS_PER_EMAIL_PER_HOUR: '2' };
    // One after the other: both would create the first administrator.
    replicas = [await startGateway(env)];
    replicas.push(await startGateway(env));
  });
  afterAll(() => Promise.all(replicas.map((replica) => replica.close())));

  it('share one sign-in budget per client and one budget per e-mail address', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const replica = replicas[i % 2]!;
      statuses.push(
        (
          await callFrom('127.0.0.21', `${replica.url}/api/v1/auth/login`, 'POST', {
            email: 'a@b.org',
            password: 'not the password',
          })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const resets = [];
    for (let i = 0; i < 3; i++) {
      const replica = replicas[i % 2]!;
      resets.push(
        await callFrom(`127.0.0.${10 + i}`, `${replica.url}/api/v1/auth/password-reset`, 'POST', {
          email: 'someone@example.org',
        }),
      );
    }
    expect(resets.map((r) => r.status)).toEqual([202, 202, 429]);
    expect(resets[2]!.body).toMatchObject({ code: 'rate_limited' });
  });
});

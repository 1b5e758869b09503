import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { allows, policy, PUBLIC, type Role, roles, type Rule } from '@ikiraro/auth';
import { call, type HttpResponse } from '@ikiraro/testing';
import { type Platform, startPlatform } from './platform.ts';

// The policy matrix (libs/auth/src/policy.ts) walked exhaustively: every role, and no one, against every route,
// through the gateway and — for the services' routes — straight at the service, the second wall.
const policyCodes = ['auth.unauthenticated', 'auth.forbidden', 'auth.token_invalid'];
const routes = Object.entries(policy).flatMap(([service, table]) =>
  Object.entries(table as Record<string, Rule>).map(([route, rule]) => {
    const [method, path] = route.split(' ') as [string, string];
    return { service, method, path, rule };
  }),
);
const callers: (Role | null)[] = [null, ...roles];
const scopeOf = (role: Role) =>
  role === 'outreach-officer'
    ? { office: 'BE' as const }
    : role === 'iprc-focal-point'
      ? { iprc: 'KGL' as const }
      : {};

function expectOutcome(response: HttpResponse, rule: Rule, role: Role | null, where: string) {
  const code = (response.body as { code?: string } | undefined)?.code ?? '';
  const label = `${where} as ${role ?? 'anonymous'}: ${response.status} ${code}`;
  if (allows(rule, role ? [role] : null)) {
    expect({ label, denied: policyCodes.includes(code) }).toEqual({ label, denied: false });
  } else if (role === null) {
    expect({ label, status: response.status, code }).toEqual({
      label,
      status: 401,
      code: 'auth.unauthenticated',
    });
  } else {
    expect({ label, status: response.status, code }).toEqual({ label, status: 403, code: 'auth.forbidden' });
  }
}

describe('the policy matrix', () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startPlatform({ AUTH_RATE_LIMIT_PER_MINUTE: '10000', RATE_LIMIT_PER_MINUTE: '10000' });
  }, 180_000);
  afterAll(() => platform.close());

  it('lists every route the services serve, and only those', async () => {
    const served = async (service: string, url: string) => {
      const document = (await call(`${url}/docs.json`, 'GET')).body as { paths: Record<string, object> };
      return Object.entries(document.paths)
        .flatMap(([path, item]) =>
          Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`),
        )
        .filter((route) => !/ \/(health|docs)/.test(route))
        .map((route) => (service === 'gateway' ? route.replace(' /api/v1', ' ') : route))
        .sort();
    };
    const urls = {
      gateway: platform.gateway.url,
      ...Object.fromEntries(Object.entries(platform.services).map(([n, s]) => [n, s.url])),
    };
    for (const [service, table] of Object.entries(policy)) {
      expect({ service, routes: await served(service, urls[service as keyof typeof urls]) }).toEqual({
        service,
        routes: Object.keys(table).sort(),
      });
    }
  });

  describe.each(routes)('$method $path ($service)', ({ service, method, path, rule }) => {
    const concrete = path.replace(/:[a-zA-Z]+/g, '0190b1c4-0000-7000-8000-000000000000');
    const body = method === 'GET' ? undefined : {};
    // A route that takes a file reads no other body (415 before anything else): send it what it takes.
    const file =
      method !== 'POST'
        ? undefined
        : path.startsWith('/imports') || path.includes('/trainees/import')
          ? 'text/csv'
          : path.endsWith('/attachments') || path.endsWith('/evidence')
            ? 'application/pdf'
            : undefined;
    const media = file ? { headers: { 'content-type': file } } : {};

    it.each(callers.map((role) => ({ role: role ?? 'anonymous', who: role })))(
      'as $role',
      async ({ who }) => {
        const as = { ...media, ...(who ? { as: { roles: [who], ...scopeOf(who) } } : {}) };
        const viaGateway = await call(`${platform.gateway.url}/api/v1${concrete}`, method, body, as);
        expectOutcome(viaGateway, rule, who, 'gateway');
        if (service !== 'gateway' && rule !== PUBLIC) {
          const url = platform.services[service as keyof Platform['services']].url;
          expectOutcome(await call(`${url}${concrete}`, method, body, as), rule, who, service);
        }
      },
    );
  });
});

import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from './http.ts';
import { answer, typedApi } from './typed-client.ts';

const problem = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

describe('the typed client', () => {
  it('answers the typed body of a route', async () => {
    vi.stubGlobal('fetch', async (request: Request) =>
      Response.json({ id: 'p', path: new URL(request.url).pathname }),
    );
    const programme = await answer(typedApi.GET('/api/v1/programme'));
    expect(programme).toMatchObject({ id: 'p', path: '/api/v1/programme' });
  });

  it('throws a refused call as the problem the screens translate, with its code and correlation id', async () => {
    vi.stubGlobal('fetch', async () =>
      problem(429, { code: 'rate_limited', title: 'Too Many Requests', correlationId: 'c-1' }),
    );
    const thrown = await answer(typedApi.GET('/api/v1/programme')).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ApiProblem);
    expect(thrown).toMatchObject({ status: 429, code: 'rate_limited', correlationId: 'c-1' });
  });

  it('throws an unreachable gateway as the network problem', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const thrown = await answer(typedApi.GET('/api/v1/programme')).catch((error: unknown) => error);
    expect(thrown).toMatchObject({ status: 0, code: 'network' });
  });
});

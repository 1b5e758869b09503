import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import '../i18n/i18n.ts';
import { queryClient } from '../api/query-client.ts';
import { App } from '../app.tsx';
import { routes } from '../app.routes.tsx';
import { programmeFixture } from './programme.fixture.ts';

/** What the stand-in gateway answers for `GET <path>` (below /api/v1); anything else is a 404 problem. */
export type Answers = Record<string, unknown>;

/** An answer that is a problem (RFC 9457) rather than a 200; `details` are the problem's other members. */
export class Problem {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {}
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/**
 * The gateway as the browser sees it, at the one edge a unit test cannot cross (jsdom has no server): canned
 * JSON answers by path, problem+json for the rest. Every request is recorded.
 */
/** A request's body as the test reads it: JSON parsed, a file (an upload) as it was sent. */
const bodyOf = (body: unknown) => {
  if (!body) return undefined;
  if (typeof body !== 'string') return body;
  return JSON.parse(body) as unknown;
};

export function stubGateway(given: Answers) {
  // Every page waits for the programme definition.
  const answers: Answers = { '/programme': programmeFixture, ...given };
  const requests: { method: string; path: string; body?: unknown; headers: Record<string, string> }[] = [];
  vi.stubGlobal('fetch', async (input: string | Request, init: RequestInit = {}) => {
    // api/http.ts passes a path and options, the typed client (openapi-fetch) a Request.
    const url = typeof input === 'string' ? input : new URL(input.url).pathname;
    const path = url.replace(/^\/api\/v1/, '');
    const method = typeof input === 'string' ? (init.method ?? 'GET') : input.method;
    const text = typeof input === 'string' ? init.body : await input.text();
    const headers = Object.fromEntries(new Headers(typeof input === 'string' ? init.headers : input.headers));
    requests.push({ method, path, body: bodyOf(text), headers });
    const given = answers[`${method} ${path}`] ?? (method === 'GET' ? answers[path] : undefined);
    // A function answers what is true at the time of the request (a page fetched again after a change).
    const answer: unknown = typeof given === 'function' ? (given as () => unknown)() : given;
    if (answer instanceof Problem)
      return json(
        answer.status,
        { ...answer.details, code: answer.code, title: answer.code, status: answer.status },
        'application/problem+json',
      );
    if (answer !== undefined) return json(200, answer);
    if (method !== 'GET') return new Response(null, { status: 204 });
    return json(404, { code: 'http.404', title: 'Not Found', status: 404 }, 'application/problem+json');
  });
  return requests;
}

/** The whole portal (its real routes, layouts and cache) opened at `path`. */
export function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<App router={router} client={queryClient} />) };
}

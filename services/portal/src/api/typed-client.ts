import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './generated/openapi.ts';
import { ApiProblem } from './http.ts';
import { session } from './session.ts';

/**
 * Problems stay problems: a refused or failed call throws the ApiProblem that every screen shows (its stable
 * `code` is the key of a translated message), a network failure ApiProblem.network(), as with api/http.ts.
 */
const problems: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept', 'application/json, application/problem+json');
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await ApiProblem.from(response);
    return response;
  },
  onError({ error }) {
    if (error instanceof ApiProblem) return error;
    return ApiProblem.network();
  },
};

/**
 * The gateway's API typed route by route from docs/openapi.json: a path, a body or an answer the API does not
 * have fails the type check. Reads only (GETs): changes go through api/client.ts, which also refreshes the session
 * on a 401 and invalidates the cache.
 */
export const typedApi = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // The fetch of the moment, not the one there was when this module loaded.
  fetch: (request) => globalThis.fetch(request),
});
typedApi.use(problems);

/** The answer of a typed call, or its problem thrown. */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data, error } = await call;
  if (error !== undefined) throw error instanceof ApiProblem ? error : ApiProblem.network();
  return data as T;
}

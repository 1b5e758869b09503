import { ApiProblem, send, type SendOptions } from './http.ts';
import { session } from './session.ts';

/** A call on the signed-in user's behalf: after a 401, the session is refreshed once and the call retried once. */
async function call<T>(method: string, path: string, options: SendOptions = {}): Promise<T> {
  const attempt = () => send<T>(method, path, { ...options, token: session.token() });
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof ApiProblem) || error.status !== 401 || !(await session.refresh())) throw error;
    return attempt();
  }
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => call<T>('GET', path, { signal }),
  post: <T = void>(path: string, body?: unknown) => call<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => call<T>('PUT', path, { body }),
  /** Sends a file as the request body, e.g. a CSV list as `text/csv`. */
  upload: <T>(path: string, data: Blob, type: string) => call<T>('POST', path, { file: { data, type } }),
  /** GETs a file (with the bearer token, which a plain link could not carry). */
  download: (path: string) => call<Blob>('GET', path, { download: true }),
};

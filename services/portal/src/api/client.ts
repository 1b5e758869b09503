import { ApiProblem, send } from './http.ts';
import { session } from './session.ts';

/** A call on the signed-in user's behalf: after a 401, the session is refreshed once and the call retried once. */
async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const attempt = () => send<T>(method, path, { body, token: session.token(), signal });
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof ApiProblem) || error.status !== 401 || !(await session.refresh())) throw error;
    return attempt();
  }
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => call<T>('GET', path, undefined, signal),
  post: <T = void>(path: string, body?: unknown) => call<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
};

/** Every API call goes to the gateway on the same origin. */
const base = '/api/v1';

/** An RFC 9457 problem answered by the gateway, or one made up here when the gateway could not be reached. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    /** Stable, dotted (`auth.invalid_credentials`): the key of a translated message. */
    readonly code: string,
    readonly title: string,
    /** Validation messages of a `request.invalid` problem (server text, English). */
    readonly errors: readonly string[] = [],
    readonly correlationId?: string,
    /** The whole problem document, for the codes that carry more (an import's row-level report). */
    readonly body: Readonly<Record<string, unknown>> = {},
  ) {
    super(title);
  }

  static network(): ApiProblem {
    return new ApiProblem(0, 'network', 'The server could not be reached');
  }

  static async from(response: Response): Promise<ApiProblem> {
    const body: unknown = await response.json().catch(() => undefined);
    const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const errors = Array.isArray(problem.errors) ? problem.errors.filter((e) => typeof e === 'string') : [];
    return new ApiProblem(
      response.status,
      text(problem.code) ?? `http.${response.status}`,
      text(problem.title) ?? response.statusText,
      errors,
      text(problem.correlationId),
      problem,
    );
  }
}

export interface SendOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** A file sent as it is (a CSV list, a PDF), with its media type, instead of a JSON body. */
  file?: { data: Blob; type: string };
  token?: string | null;
  /** More request headers, e.g. the registrant's `x-member-token`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Read the answer as a file (a CSV export) instead of JSON. */
  download?: boolean;
}

let clockOffset = 0;
const changeListeners = new Set<(path: string) => void>();

/**
 * Called after every successful request that may have changed something (any method but GET), except the
 * session's own calls, which change no data on screen.
 */
export function afterChange(listener: (path: string) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** The server's clock, as told by the last response's Date header: token expiry is server time. */
export function serverNow(): number {
  return Date.now() + clockOffset;
}

/** One HTTP exchange with the gateway, no retry: JSON in, JSON out, problems thrown as ApiProblem. */
export async function send<T>(method: string, path: string, options: SendOptions = {}): Promise<T> {
  const { body, file, token, signal } = options;
  const headers: Record<string, string> = {
    accept: options.download ? '*/*' : 'application/json, application/problem+json',
    ...options.headers,
  };
  // Only with a body: the gateway refuses an empty body declared as JSON.
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (file) headers['content-type'] = file.type;
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(base + path, {
      method,
      headers,
      body: file ? file.data : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiProblem.network();
  }
  const date = Date.parse(response.headers.get('date') ?? '');
  if (!Number.isNaN(date)) clockOffset = date - Date.now();
  if (!response.ok) throw await ApiProblem.from(response);
  if (method !== 'GET' && !path.startsWith('/auth/')) for (const listener of changeListeners) listener(path);
  if (options.download) return (await response.blob()) as T;
  // 202 and 204 answers carry no JSON (or none worth reading).
  if (!response.headers.get('content-type')?.includes('json')) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

import { ProblemException } from '@ikiraro/service-defaults';
import { Pool, errors } from 'undici';

/**
 * A connection pool to one service's internal API. Headers and body share the one upstream timeout, so a caller
 * waits at most UPSTREAM_TIMEOUT_MS for a service, whichever gateway route called it.
 */
export const upstreamPool = (base: string, timeoutMs: number, connections = 64) =>
  new Pool(base, {
    connections,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connectTimeout: Math.min(timeoutMs, 5_000),
  });

export interface UpstreamFailure {
  status: 502 | 503 | 504;
  code: 'upstream.timeout' | 'upstream.unavailable' | 'upstream.outcome_unknown' | 'upstream.failed';
  title: string;
}

/** No connection could be made: the request was never sent, so it certainly was not applied. */
const notConnected = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** The connection broke after the request went out: the service may have applied it before it stopped. */
const brokenAfterSending = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/**
 * What a failed call to a service tells the caller: too slow (504), not there (503: nothing was sent), stopped
 * while holding the request (502 outcome unknown: check before retrying), or something else (502).
 */
export function upstreamFailure(error: unknown, service: string): UpstreamFailure {
  if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError)
    return { status: 504, code: 'upstream.timeout', title: `The ${service} service did not answer in time` };
  const code = (error as { code?: string }).code ?? '';
  if (notConnected.has(code) || error instanceof errors.ConnectTimeoutError)
    return { status: 503, code: 'upstream.unavailable', title: `The ${service} service is not available` };
  if (brokenAfterSending.has(code) || error instanceof errors.SocketError)
    return {
      status: 502,
      code: 'upstream.outcome_unknown',
      title: `The ${service} service stopped while handling your request; it may have been applied — check before retrying`,
    };
  return upstreamFailed(service);
}

/** A service that answered, but not with anything the gateway can use; or failed in a way not foreseen. */
export const upstreamFailed = (service: string): UpstreamFailure => ({
  status: 502,
  code: 'upstream.failed',
  title: `The ${service} service could not be reached`,
});

/** The same failure thrown from a Nest route, for the problem filter to answer. */
export const upstreamError = (failure: UpstreamFailure) => new ProblemException(failure);

import { createServer, type IncomingHttpHeaders } from 'node:http';
import { Webhook } from 'standardwebhooks';

/** One request as the receiver took it, and whether its signature verified with the endpoint's secret. */
export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  verified: boolean;
  /** What the receiver answered. */
  status: number;
}

export interface Endpoint {
  /** The subscription's secret: every request is verified with it (Standard Webhooks' reference library). */
  secret: string;
  /** The status to answer the n-th request (from 1); 204 when not given. A bad signature is answered 401. */
  answer?: (n: number) => number;
}

export interface Receiver {
  url(path: string): string;
  /** Sets (or changes) what an endpoint verifies with and answers. */
  route(path: string, endpoint: Endpoint): void;
  requests(path: string): Received[];
  /** The payloads the endpoint took: signature verified and answered 2xx. */
  delivered(path: string): { type: string; timestamp: string; data: any }[];
  stop(): Promise<void>;
}

/** A partner's receiver on loopback (node:http) that verifies each request as a partner would. */
export async function startReceiver(): Promise<Receiver> {
  const endpoints = new Map<string, Endpoint>();
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = flat(request.headers);
      const endpoint = endpoints.get(path);
      let verified = false;
      try {
        if (endpoint) new Webhook(endpoint.secret).verify(body, headers);
        verified = endpoint !== undefined;
      } catch {
        verified = false;
      }
      const n = received.filter((r) => r.path === path).length + 1;
      const status = !endpoint ? 404 : !verified ? 401 : (endpoint.answer?.(n) ?? 204);
      received.push({ path, headers, body, verified, status });
      response.statusCode = status;
      response.end(status >= 400 ? `refused (${status}): ${'x'.repeat(600)}` : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const requests = (path: string) => received.filter((r) => r.path === path);
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, endpoint) => void endpoints.set(path, endpoint),
    requests,
    delivered: (path) =>
      requests(path)
        .filter((r) => r.verified && r.status < 300)
        .map((r) => JSON.parse(r.body)),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const flat = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
  );

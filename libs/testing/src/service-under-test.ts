import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createService, type CreateServiceOptions } from '@ikiraro/service-defaults';
import { tokenFor, type Who } from './tokens.ts';

export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  /** Call as this role or caller, with a real signed token; without `as` or `token`, anonymously. */
  as?: Who;
  token?: string;
  headers?: Record<string, string>;
}

/** An HTTP call with JSON in and out; the body is parsed whatever the status. */
export async function call<T = any>(
  url: string,
  method: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<HttpResponse<T>> {
  const token = options.token ?? (options.as ? await tokenFor(options.as) : undefined);
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

export interface ServiceUnderTest {
  app: NestFastifyApplication;
  url: string;
  request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<HttpResponse<T>>;
  close(): Promise<void>;
}

/** The service's real AppModule on a free port, called over real HTTP. */
export async function startService(
  appModule: Type,
  options: Omit<CreateServiceOptions, 'logger'> = {},
): Promise<ServiceUnderTest> {
  const app = await createService(appModule, { logger: false, ...options });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    url,
    request: (method, path, body, options) => call(`${url}${path}`, method, body, options),
    close: () => app.close(),
  };
}

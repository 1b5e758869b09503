import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createService } from '@ikiraro/service-defaults';

export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ServiceUnderTest {
  app: NestFastifyApplication;
  url: string;
  request<T = any>(method: string, path: string, body?: unknown): Promise<HttpResponse<T>>;
  close(): Promise<void>;
}

/** The service's real AppModule on a free port, called over real HTTP. */
export async function startService(appModule: Type): Promise<ServiceUnderTest> {
  const app = await createService(appModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    url,
    async request(method, path, body) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    close: () => app.close(),
  };
}

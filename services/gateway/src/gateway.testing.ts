import {
  type HttpResponse,
  type MailCatcher,
  startMailCatcher,
  startService,
  type ServiceUnderTest,
} from '@ikiraro/testing';
import { policy } from '@ikiraro/auth/policy';
import { Agent, request } from 'undici';
import { AppModule } from './app.module.ts';
import { configureGateway } from './gateway.setup.ts';

/** The first administrator of a gateway under test. */
export const admin = { email: 'admin@test.ikiraro.org', password: 'correct horse battery staple' };

/** Every service behind the gateway at an address where nothing listens. */
const nowhere = Object.fromEntries(
  Object.keys(policy)
    .filter((service) => service !== 'gateway')
    .map((service) => [service, 'http://127.0.0.1:9']),
);

/**
 * The gateway as it runs (its Nest app plus the edge set-up of main.ts), with the first administrator, its mail
 * going to a real local SMTP server unless `env` says otherwise, and the services behind it at `serviceUrls`
 * (those not named: where nothing listens).
 */
export async function startGateway(
  env: Record<string, string> = {},
  serviceUrls: Record<string, string> = {},
): Promise<ServiceUnderTest & { mail: MailCatcher }> {
  const mail = await startMailCatcher();
  const saved = { ...process.env };
  Object.assign(process.env, {
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SMTP_URL: mail.url,
    SERVICE_URLS: Object.entries({ ...nowhere, ...serviceUrls })
      .map(([name, url]) => `${name}=${url}`)
      .join(','),
    ...env,
  });
  try {
    const gateway = await startService(AppModule, { configure: configureGateway });
    return {
      ...gateway,
      mail,
      async close() {
        await gateway.close();
        await mail.stop();
      },
    };
  } finally {
    process.env = saved;
  }
}

/**
 * A JSON call from another local address (`127.0.0.2`, …: every 127.x address is this machine), so that the
 * gateway sees another client, as it would a caller on another network.
 */
export async function callFrom(
  localAddress: string,
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResponse> {
  const dispatcher = new Agent({ localAddress });
  try {
    const response = await request(url, {
      method: method as 'GET',
      dispatcher,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.body.text();
    const answer = new Headers();
    for (const [name, value] of Object.entries(response.headers))
      for (const one of [value ?? []].flat()) answer.append(name, one);
    return { status: response.statusCode, headers: answer, body: text ? JSON.parse(text) : undefined };
  } finally {
    await dispatcher.close();
  }
}

import { type MailCatcher, startMailCatcher, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule } from './app.module.ts';
import { configureGateway } from './gateway.setup.ts';

/** The first administrator of a gateway under test. */
export const admin = { email: 'admin@test.ikiraro.org', password: 'correct horse battery staple' };

/**
 * The gateway as it runs (its Nest app plus the edge set-up of main.ts), with the first administrator, its mail
 * going to a real local SMTP server unless `env` says otherwise, and the services behind it at `serviceUrls`.
 */
export async function startGateway(
  env: Record<string, string> = {},
  serviceUrls: Record<string, string> = {
    outreach: 'http://127.0.0.1:9',
    selection: 'http://127.0.0.1:9',
    reporting: 'http://127.0.0.1:9',
  },
): Promise<ServiceUnderTest & { mail: MailCatcher }> {
  const mail = await startMailCatcher();
  const saved = { ...process.env };
  Object.assign(process.env, {
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SMTP_URL: mail.url,
    SERVICE_URLS: Object.entries(serviceUrls)
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

import { startMailCatcher, type MailCatcher } from '@ikiraro/local-infra';
import { startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule as OutreachModule } from '../../outreach/src/app.module.ts';
import { AppModule as ReportingModule } from '../../reporting/src/app.module.ts';
import { AppModule } from './app.module.ts';
import { configureGateway } from './gateway.setup.ts';

export const admin = { email: 'admin@test.ikiraro.org', password: 'correct horse battery staple' };

export interface Platform {
  gateway: ServiceUnderTest;
  services: Record<'outreach' | 'reporting', ServiceUnderTest>;
  mail: MailCatcher;
  close(): Promise<void>;
}

/** The gateway as it runs, in front of the real services, its mail going to a real local SMTP server. */
export async function startGateway(env: Record<string, string> = {}, serviceUrls?: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, {
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    ...(serviceUrls
      ? {
          SERVICE_URLS: Object.entries(serviceUrls)
            .map(([name, url]) => `${name}=${url}`)
            .join(','),
        }
      : {}),
    ...env,
  });
  try {
    return await startService(AppModule, { configure: configureGateway });
  } finally {
    process.env = saved;
  }
}

export async function startPlatform(env: Record<string, string> = {}): Promise<Platform> {
  const mail = await startMailCatcher();
  const [outreach, reporting] = await Promise.all([
    startService(OutreachModule),
    startService(ReportingModule),
  ]);
  const gateway = await startGateway(
    { SMTP_URL: mail.url, ...env },
    { outreach: outreach.url, reporting: reporting.url },
  );
  return {
    gateway,
    services: { outreach, reporting },
    mail,
    async close() {
      await gateway.close();
      await Promise.all([outreach.close(), reporting.close()]);
      await mail.stop();
    },
  };
}

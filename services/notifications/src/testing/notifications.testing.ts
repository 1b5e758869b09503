import {
  type MailCatcher,
  type MailCatcherHooks,
  type ServiceUnderTest,
  startMailCatcher,
  startService,
} from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';
import { NOTIFICATIONS_CONFIG, type NotificationsEnv } from '../notifications.config.ts';

export interface NotificationsUnderTest {
  service: ServiceUnderTest;
  /** Where the service sends its e-mail. */
  mail: MailCatcher;
  /** The portal's address the service builds its links on. */
  publicUrl: string;
  stop(): Promise<void>;
}

/**
 * The service's real AppModule sending to a mail catcher of its own, looking for mail to send every 50 ms and
 * again soon for an address that came late, so a test waits on events, not on the production pace. `env` adds
 * or overrides settings before the service reads them; `mailHooks` makes the catcher refuse some recipients.
 */
export async function startNotifications(
  env: Record<string, string> = {},
  mailHooks: MailCatcherHooks = {},
): Promise<NotificationsUnderTest> {
  const mail = await startMailCatcher(0, undefined, mailHooks);
  Object.assign(process.env, { SMTP_URL: mail.url, SEND_EVERY_MS: '50', RETRY_INITIAL_MS: '100', ...env });
  const service = await startService(AppModule);
  return {
    service,
    mail,
    publicUrl: service.app.get<NotificationsEnv>(NOTIFICATIONS_CONFIG).PUBLIC_URL,
    stop: async () => {
      await service.close();
      await mail.stop();
    },
  };
}

import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { MailEnv } from '@ikiraro/mail';
import { readEnv } from '@ikiraro/service-defaults';

/** Notifications' own settings on top of every service's: where mail goes, and how patiently. */
export class NotificationsEnv extends MailEnv {
  /** How often the sender looks for messages that are due. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  SEND_EVERY_MS = 1_000;

  /** Messages sent per pass at the most. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  SEND_BATCH = 50;

  /** Backoff after a failed attempt: doubles from the first delay up to the cap. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  RETRY_INITIAL_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  RETRY_MAX_MS = 3_600_000;

  /**
   * Attempts that the mail server answers with a temporary refusal (4xx) before a message is given up. A server
   * that cannot be reached does not count: mail waits for it, however long it is down.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  SEND_ATTEMPTS = 8;

  /** How long a message waits for its recipient's address (the event that brings it may come later). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  ADDRESS_WAIT_MS = 3_600_000;

  /**
   * Webhook URLs may be http and name this machine or its network, not only public https addresses: for local
   * runs and tests only (the other webhook settings: webhooks/webhooks.config.ts).
   */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  WEBHOOK_ALLOW_HTTP = false;
}

export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');

export const loadNotificationsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  readEnv(NotificationsEnv, 'notifications', env);

import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { readEnv } from '@ikiraro/service-defaults';

/** How webhooks are sent, and how patiently (`WEBHOOK_ALLOW_HTTP` is with notifications' own settings). */
export class WebhooksEnv {
  /** How often the sender looks for deliveries that are due. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  WEBHOOK_SEND_EVERY_MS = 1_000;

  /** Deliveries sent to one subscription per pass at the most (subscriptions are served side by side). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  WEBHOOK_BATCH = 20;

  /** How long a receiver has to answer before the attempt counts as failed. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /**
   * Backoff after a failed attempt, for the delivery and for its subscription alike: doubles from the first
   * delay up to the cap (30 s, 1 min, 2 min … 6 h).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  WEBHOOK_RETRY_INITIAL_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  WEBHOOK_RETRY_MAX_MS = 21_600_000;

  /** Attempts of one delivery before it is given up (10: about four hours with the default backoff). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  WEBHOOK_ATTEMPTS = 10;

  /**
   * Failed attempts in a row, whatever their delivery, after which a subscription is disabled until an admin
   * enables it again (15: about a day of failures with the default backoff).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000)
  WEBHOOK_DISABLE_AFTER = 15;

  /** How long a rotated-out secret still signs (beside the new one), so a partner can switch without a gap. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  WEBHOOK_SECRET_OVERLAP_MS = 86_400_000;
}

export const WEBHOOKS_CONFIG = Symbol('WEBHOOKS_CONFIG');

export const loadWebhooksConfig = (env: NodeJS.ProcessEnv = process.env) =>
  readEnv(WebhooksEnv, 'notifications', env);

import { Type } from 'class-transformer';
import { IsEmail, IsInt, Matches, Max, Min } from 'class-validator';
import { readEnv } from '@ikiraro/service-defaults';

/** Outreach's own settings on top of every service's: it e-mails registrants (verification, magic links). */
export class OutreachEnv {
  /** SMTP server; by default the local catcher that `npm start` runs. */
  @Matches(/^smtps?:\/\//)
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsEmail()
  MAIL_FROM = 'no-reply@ikiraro.org';

  /** Origin of the public pages: links in e-mails point there. */
  @Matches(/^https?:\/\/[^/]+$/)
  PUBLIC_URL = 'http://127.0.0.1:3100';

  /** Self-service links mailed to one address per hour, however often they are asked for. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  LINKS_PER_ADDRESS_PER_HOUR = 3;
}

export const OUTREACH_CONFIG = Symbol('OUTREACH_CONFIG');
export const loadOutreachConfig = (env: NodeJS.ProcessEnv = process.env) =>
  readEnv(OutreachEnv, 'outreach', env);

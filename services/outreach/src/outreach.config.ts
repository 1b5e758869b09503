import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { MailEnv } from '@ikiraro/mail';
import { readEnv } from '@ikiraro/service-defaults';

/** Outreach's own settings on top of every service's: it e-mails registrants (verification, magic links). */
export class OutreachEnv extends MailEnv {
  /** Self-service links mailed to one address per hour, however often they are asked for. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  LINKS_PER_ADDRESS_PER_HOUR = 3;

  /**
   * CVs one client address may upload per day. Generous: fifty people registering at an event share one
   * network's address. Unused uploads are deleted after `CV_UNBOUND_HOURS`.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CVS_PER_CLIENT_PER_DAY = 100;

  /** CVs one e-mail address may send with registrations per day (re-sending the same CV is not counted). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CVS_PER_ADDRESS_PER_DAY = 3;

  /** Hours an uploaded CV waits for the form that sends it before it is deleted. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CV_UNBOUND_HOURS = 6;

  /**
   * Days an unverified registration is kept after it was submitted (its link works for 48 hours; the rest is
   * time to answer "my link expired" before the data goes). At least 2, so no working link is deleted.
   */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  PENDING_REGISTRATION_DAYS = 7;

  /** Minutes between two clean-ups (retention/); every replica runs them, which is safe (they only delete). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  RETENTION_EVERY_MINUTES = 60;

  /**
   * Proxies whose `x-forwarded-for` names the client (comma-separated CIDR blocks): by default loopback and
   * the private networks, where the gateway runs; outreach itself must not be reachable from outside.
   */
  @Matches(/^\s*[0-9a-fA-F.:]+\/\d{1,3}\s*(,\s*[0-9a-fA-F.:]+\/\d{1,3}\s*)*$/)
  TRUSTED_PROXIES = '127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7';
}

export const OUTREACH_CONFIG = Symbol('OUTREACH_CONFIG');
export const loadOutreachConfig = (env: NodeJS.ProcessEnv = process.env) =>
  readEnv(OutreachEnv, 'outreach', env);

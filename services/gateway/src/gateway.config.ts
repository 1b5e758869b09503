import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { Transform } from 'class-transformer';
import { readEnv } from '@ikiraro/service-defaults';

/** The gateway's own settings, on top of every service's (validated at boot). */
export class GatewayEnv {
  /** Private key (PKCS#8 PEM, or PEM in base64) that signs access tokens; services hold the public half. */
  @IsString()
  AUTH_PRIVATE_KEY!: string;

  @Type(() => Number)
  @IsInt()
  @Min(30)
  ACCESS_TOKEN_TTL_SECONDS = 600;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  REFRESH_TOKEN_TTL_DAYS = 14;

  /** Where the portal is served to users: links in e-mails, the origin that CORS and cookies trust. */
  @Matches(/^https?:\/\/[^/]+$/)
  PUBLIC_URL = 'http://127.0.0.1:3100';

  /** Other origins allowed to call the API from a browser (comma-separated); none by default. */
  @IsOptional()
  @Matches(/^(https?:\/\/[^,\s/]+)(,https?:\/\/[^,\s/]+)*$/)
  CORS_ORIGINS?: string;

  /** Owning services' internal base URLs: `outreach=http://127.0.0.1:3101,reporting=http://…`. */
  @Matches(/^[a-z]+=https?:\/\/[^,\s]+(,[a-z]+=https?:\/\/[^,\s]+)*$/)
  SERVICE_URLS!: string;

  /** How long a forwarded request may take before the caller gets a 504. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  UPSTREAM_TIMEOUT_MS = 10_000;

  /** SMTP server for invitations and password resets, e.g. smtp://127.0.0.1:1025 (a local catcher). */
  @Matches(/^smtps?:\/\//)
  SMTP_URL!: string;

  @IsEmail()
  MAIL_FROM = 'no-reply@ikiraro.org';

  /** Requests per minute per client address to the API (other than sign-in and public forms). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Sign-ins, invitation acceptances and password resets per minute per client address. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 20;

  /**
   * Public form submissions (registrations, their page counters, CVs, self-service links) per minute per client
   * address: generous, for a room of people on one network; each person registering sends about five.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PUBLIC_FORM_RATE_LIMIT_PER_MINUTE = 300;

  /** Submissions of one public form (or password-reset request) for one e-mail address per hour, from anywhere. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  FORM_SUBMISSIONS_PER_EMAIL_PER_HOUR = 5;

  /**
   * Proxies in front of the gateway whose X-Forwarded-For names the client (comma-separated addresses or CIDR
   * ranges). None by default: the header is then ignored, and every limit counts by the connection's address.
   */
  @IsOptional()
  @Matches(/^[0-9a-fA-F.:]+(\/\d{1,3})?(,[0-9a-fA-F.:]+(\/\d{1,3})?)*$/)
  TRUSTED_PROXIES?: string;

  /** Failed sign-ins within a 15-minute window that lock the account. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOCKOUT_AFTER_FAILURES = 5;

  /** The first administrator, created at start when no account has this e-mail yet. */
  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @Length(12, 128)
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsString()
  ADMIN_NAME?: string;

  /** The built portal (services/portal/dist); nothing is served at / when it is missing. */
  @IsOptional()
  @IsString()
  PORTAL_DIR?: string;

  /** Secure cookies; on by default when PUBLIC_URL is https. */
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  COOKIE_SECURE?: boolean;
}

export type GatewayConfig = GatewayEnv & {
  serviceUrls: Record<string, string>;
  cookieSecure: boolean;
  trustedProxies: string[];
};

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const config = readEnv(GatewayEnv, 'gateway', env);
  const serviceUrls = Object.fromEntries(config.SERVICE_URLS.split(',').map((pair) => pair.split('=', 2)));
  return {
    ...config,
    serviceUrls,
    cookieSecure: config.COOKIE_SECURE ?? config.PUBLIC_URL.startsWith('https:'),
    trustedProxies: config.TRUSTED_PROXIES?.split(',') ?? [],
  };
}

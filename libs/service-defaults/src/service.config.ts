import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

/** Environment of every service, validated at boot: a service with bad settings does not start. */
export class ServiceEnv {
  /** HTTP port; 0 picks a free one (tests). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 0;

  @IsString()
  HOST = '127.0.0.1';

  /** MongoDB connection string without a database name, e.g. mongodb://127.0.0.1:27017/?retryWrites=false */
  @Matches(/^mongodb(\+srv)?:\/\//)
  MONGODB_URI!: string;

  /** Each service's database is `${DATABASE_PREFIX}${service}`. */
  @Matches(/^[a-z0-9_]*$/)
  DATABASE_PREFIX = 'ikiraro_';

  /** Comma-separated host:port list. */
  @Matches(/^[^,\s]+(,[^,\s]+)*$/)
  KAFKA_BROKERS!: string;

  /** Prefix for topics and consumer groups, so that several runs can share one broker (tests do). */
  @Matches(/^[a-zA-Z0-9._-]*$/)
  KAFKA_TOPIC_PREFIX = '';

  /** Partitions of the topics a service creates. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  KAFKA_PARTITIONS = 3;

  /** Run the outbox relay in this process; `false` for replicas that should only take commands. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  OUTBOX_RELAY = true;

  /** Attempts of a failing event handler before its event goes to the dead-letter topic. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  EVENT_HANDLER_ATTEMPTS = 5;

  /** Backoff between attempts: doubles from the first delay up to the cap. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  EVENT_RETRY_INITIAL_MS = 200;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  EVENT_RETRY_MAX_MS = 5_000;

  /**
   * The master key that wraps every person's data key (ADR 10): 32 random bytes in base64 (`npm run -s keys`).
   * The same in every service; a production deployment plugs a KMS in instead (libs/messaging `KeyWrapper`).
   */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'PERSONAL_DATA_KEY must be 32 bytes in base64' })
  PERSONAL_DATA_KEY!: string;

  /** The key store's server, when it is not MONGODB_URI's; its database is `${DATABASE_PREFIX}keys`. */
  @IsOptional()
  @Matches(/^mongodb(\+srv)?:\/\//)
  PERSONAL_KEYS_MONGODB_URI?: string;

  /** How long a process keeps a person's key in memory: an erasure reaches every process within this time. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300_000)
  PERSONAL_KEY_CACHE_MS = 30_000;

  /** Days topics keep events (dead-letter topics: twice that); set on the topics a service creates. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  KAFKA_RETENTION_DAYS = 7;

  /** Days a consumer's inbox remembers an event it handled: longer than the topics keep it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  INBOX_RETENTION_DAYS = 14;

  /** Public key (PEM, or PEM in base64 on one line) that verifies the gateway's access tokens. */
  @IsString()
  AUTH_PUBLIC_KEY!: string;

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

export interface ServiceConfig extends ServiceEnv {
  service: string;
  databaseName: string;
}

/** Reads and validates the environment; throws one error that lists every bad or missing variable. */
export function loadServiceConfig(service: string, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const config = readEnv(ServiceEnv, service, env);
  return { ...config, service, databaseName: `${config.DATABASE_PREFIX}${service}` };
}

/** Any class of environment settings (class-validator rules, defaults as initialisers), read and validated. */
export function readEnv<T extends object>(
  type: new () => T,
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const values = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(type, values, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid environment for ${service}:\n${lines.join('\n')}`);
  }
  return config;
}

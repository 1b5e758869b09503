import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AUTH_OPTIONS, AuthGuard, type AuthOptions, readPublicKey } from '@ikiraro/auth';
import { type EventContract, publishedBy } from '@ikiraro/contracts';
import { MessagingModule, type PersonalState } from '@ikiraro/messaging';
import { HealthController } from './health.controller.ts';
import { RequestContextMiddleware } from './request-context.middleware.ts';
import { loadServiceConfig } from './service.config.ts';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** The service's OpenAPI plugin metadata, loaded before its document is built (`createService`). */
export const OPENAPI_METADATA = Symbol('OPENAPI_METADATA');

export interface ServiceDefaults {
  /** Short name: database `ikiraro_<service>`, Kafka client and consumer group. */
  service: string;
  /**
   * Events outside the catalogue that it publishes too (test and benchmark fixtures). A service's own events need
   * no list: every contract whose type begins with its name is its to publish (`publishedBy`).
   */
  publishes?: readonly EventContract[];
  /** Aggregate name → collection holding each aggregate's latest state, kept by the outbox relay. */
  projections?: Record<string, string>;
  /** Aggregate name → its states' personal fields and whose they are: sealed when stored (ADR 10). */
  personal?: Record<string, PersonalState>;
  /** How the service's part of the policy matrix is applied (libs/auth): prefix, routes open without a token. */
  auth?: Pick<AuthOptions, 'routePrefix' | 'open'>;
  /**
   * What Nest's swagger plugin derives from the DTOs and controllers (`src/openapi.metadata.ts`, written by
   * tools/openapi-metadata.ts): services run through SWC, which runs no TypeScript transformer.
   */
  openApi?: OpenApiMetadata;
}

/** The default export of a generated `openapi.metadata.ts`. */
export type OpenApiMetadata = () => Promise<Record<string, unknown>>;

/** Infrastructure routes that no caller reaches through the gateway: probes and the OpenAPI document. */
const infrastructureRoutes = ['GET /health/live', 'GET /health/ready', 'GET /docs.json'];

/** What every service gets from one import: validated config, its database, Kafka, health endpoints. */
@Module({})
export class ServiceDefaultsModule implements NestModule {
  static forRoot({
    service,
    publishes = [],
    projections = {},
    personal = {},
    auth = {},
    openApi,
  }: ServiceDefaults): DynamicModule {
    const config = loadServiceConfig(service);
    return {
      module: ServiceDefaultsModule,
      global: true,
      imports: [
        MongooseModule.forRoot(config.MONGODB_URI, {
          dbName: config.databaseName,
          serverSelectionTimeoutMS: 10_000,
        }),
        MessagingModule.forRoot({
          service,
          brokers: config.KAFKA_BROKERS.split(','),
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          partitions: config.KAFKA_PARTITIONS,
          publishes: [...publishedBy(service), ...publishes],
          projections,
          personal,
          keys: {
            mongodbUri: config.PERSONAL_KEYS_MONGODB_URI ?? config.MONGODB_URI,
            database: `${config.DATABASE_PREFIX}keys`,
            masterKey: Buffer.from(config.PERSONAL_DATA_KEY, 'base64'),
            cacheMs: config.PERSONAL_KEY_CACHE_MS,
          },
          retentionDays: config.KAFKA_RETENTION_DAYS,
          inboxRetentionDays: config.INBOX_RETENTION_DAYS,
          relay: config.OUTBOX_RELAY,
          retry: {
            attempts: config.EVENT_HANDLER_ATTEMPTS,
            initialDelayMs: config.EVENT_RETRY_INITIAL_MS,
            maxDelayMs: config.EVENT_RETRY_MAX_MS,
          },
        }),
        // Not ready is an answer, not an error: while consumers join (seconds after a start) it is expected, and
        // the probe's caller sees which check is down.
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: OPENAPI_METADATA, useValue: openApi ?? null },
        {
          provide: AUTH_OPTIONS,
          useFactory: async (): Promise<AuthOptions> => ({
            service,
            publicKey: await readPublicKey(config.AUTH_PUBLIC_KEY),
            routePrefix: auth.routePrefix,
            open: [...infrastructureRoutes, ...(auth.open ?? [])],
          }),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [SERVICE_CONFIG, OPENAPI_METADATA],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}

import 'reflect-metadata';
import { Logger, type Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { KafkaEventServer } from '@ikiraro/messaging';
import { ContextLogger } from '@ikiraro/observability';
import { ProblemFilter } from './problem.filter.ts';
import { guardRequests } from './request-guards.ts';
import { OPENAPI_METADATA, type OpenApiMetadata, SERVICE_CONFIG } from './service-defaults.module.ts';
import type { ServiceConfig } from './service.config.ts';

export interface CreateServiceOptions {
  /** Quiet logs (tests). */
  logger?: false;
  /** Extra set-up before the app starts (the gateway's plugins and forwarded routes). */
  configure?: (app: NestFastifyApplication) => Promise<void> | void;
  /** Largest accepted request body, bytes. */
  bodyLimit?: number;
  /** Start the Kafka consumers before resolving (default), or leave them to the caller (`bootstrapService`). */
  consumers?: 'joined' | 'later';
}

/** Builds a service the same way everywhere: Fastify, validation, problem+json, OpenAPI, Kafka consumers. */
export async function createService(
  appModule: Type,
  options: CreateServiceOptions = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    appModule,
    // Fastify answers 414 to a path parameter over 100 characters; some ids are longer (a message's
    // `<template>:<event id>:<person>`).
    new FastifyAdapter({ bodyLimit: options.bodyLimit ?? 1_048_576, routerOptions: { maxParamLength: 300 } }),
    {
      logger: options.logger ?? new ContextLogger({ json: true }),
      abortOnError: false,
    },
  );
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  if (options.logger !== false)
    app.useLogger(new ContextLogger({ json: true, logLevels: levelsFrom(config.LOG_LEVEL) }));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  guardRequests(app.getHttpAdapter().getInstance());
  await setUpOpenApi(app, config.service);
  await options.configure?.(app);
  app.connectMicroservice({ strategy: app.get(KafkaEventServer) });
  await app.init();
  if (options.consumers !== 'later') await app.startAllMicroservices();
  return app;
}

/** The whole `main.ts` of a service. */
export async function bootstrapService(appModule: Type, options: CreateServiceOptions = {}): Promise<void> {
  const app = await createService(appModule, { ...options, consumers: 'later' });
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  const logger = new Logger('Bootstrap');
  // HTTP first: joining the consumer group can take seconds after a crash (the dead member's session must lapse),
  // and the service answers meanwhile; /health/ready says when consumption has joined.
  await app.listen(config.PORT, config.HOST);
  logger.log(`${config.service} listening on ${await app.getUrl()}`);
  app.startAllMicroservices().catch((error: unknown) => {
    logger.error(`${config.service} cannot consume its events, stopping: ${String(error)}`);
    process.exit(1);
  });
}

/** The service's own OpenAPI document at /docs.json; the gateway merges them and serves the UI. */
async function setUpOpenApi(app: NestFastifyApplication, service: string) {
  const metadata = app.get<OpenApiMetadata | null>(OPENAPI_METADATA);
  // Before any document is built (the gateway builds its own later): the plugin's properties and responses.
  if (metadata) await SwaggerModule.loadPluginMetadata(metadata as never);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(`Ikiraro ${service}`).setVersion('1').setOpenAPIVersion('3.1.0').build(),
  );
  app.getHttpAdapter().get('/docs.json', (_request, reply) => reply.send(document));
}

function levelsFrom(level: ServiceConfig['LOG_LEVEL']) {
  const all = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return all.slice(0, all.indexOf(level) + 1) as ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}

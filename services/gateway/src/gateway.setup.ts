import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { readPublicKey } from '@ikiraro/auth';
import { SERVICE_CONFIG, type ServiceConfig } from '@ikiraro/service-defaults';
import type { FastifyRequest } from 'fastify';
import { registerForwarding } from './forwarding/forwarder.ts';
import { mergedOpenApi } from './forwarding/merged-openapi.ts';
import { GATEWAY_CONFIG, type GatewayConfig } from './gateway.config.ts';
import { servePortal } from './portal/serve-portal.ts';

/** Everything the gateway has on top of a service: the edge's protections, forwarding, one API document, the portal. */
export async function configureGateway(app: NestFastifyApplication): Promise<void> {
  const config = app.get<GatewayConfig>(GATEWAY_CONFIG);
  const fastify = app.getHttpAdapter().getInstance();

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: config.PUBLIC_URL.startsWith('https:'),
  });
  // Same origin by default: the portal is served from here. Other origins only when listed.
  const origins = [config.PUBLIC_URL, ...(config.CORS_ORIGINS?.split(',') ?? [])];
  await app.register(fastifyCors, { origin: origins, credentials: true, maxAge: 600 });
  await app.register(fastifyRateLimit, {
    global: true,
    timeWindow: 60_000,
    max: (request: FastifyRequest) =>
      strict(request) ? config.AUTH_RATE_LIMIT_PER_MINUTE : config.RATE_LIMIT_PER_MINUTE,
    keyGenerator: (request: FastifyRequest) => `${request.ip}:${strict(request) ? 'auth' : 'api'}`,
  });

  const closeForwarding = registerForwarding(fastify, {
    serviceUrls: config.serviceUrls,
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    publicKey: await readPublicKey(app.get<ServiceConfig>(SERVICE_CONFIG).AUTH_PUBLIC_KEY),
  });
  fastify.addHook('onClose', closeForwarding);

  const own = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Ikiraro API').setVersion('1').setOpenAPIVersion('3.1.0').build(),
  );
  const fetchDocument = async (url: string) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as OpenAPIObject;
  };
  SwaggerModule.setup('api/docs', app, own, {
    jsonDocumentUrl: 'api/docs.json',
    yamlDocumentUrl: 'api/docs.yaml',
    patchDocumentOnRequest: () => mergedOpenApi(own, config.serviceUrls, fetchDocument),
  } as never);

  await servePortal(app, config.PORTAL_DIR);
}

const strict = (request: FastifyRequest) =>
  (request.routeOptions.config as { strictRateLimit?: boolean } | undefined)?.strictRateLimit === true;

import fastifyCookie from '@fastify/cookie';
import { getConnectionToken } from '@nestjs/mongoose';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { readPublicKey } from '@ikiraro/auth';
import { SERVICE_CONFIG, type ServiceConfig } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { edgeProtections } from './edge/edge-protections.ts';
import { forwardingServer, takeForwardedRequests } from './forwarding/forwarding-server.ts';
import { mergedOpenApi } from './forwarding/merged-openapi.ts';
import { GATEWAY_CONFIG, type GatewayConfig } from './gateway.config.ts';
import { servePortal } from './portal/serve-portal.ts';

/** Everything the gateway has on top of a service: the edge's protections, forwarding, one API document, the portal. */
export async function configureGateway(app: NestFastifyApplication): Promise<void> {
  const config = app.get<GatewayConfig>(GATEWAY_CONFIG);
  const fastify = app.getHttpAdapter().getInstance();

  const protections = await edgeProtections(config, app.get<Connection>(getConnectionToken()).db!);
  fastify.addHook('onClose', async () => protections.close());
  await app.register(fastifyCookie);
  await protections(fastify);

  const forwarding = await forwardingServer(protections, {
    serviceUrls: config.serviceUrls,
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    publicKey: await readPublicKey(app.get<ServiceConfig>(SERVICE_CONFIG).AUTH_PUBLIC_KEY),
  });
  takeForwardedRequests(app.getHttpServer(), forwarding);
  fastify.addHook('onClose', () => forwarding.close());

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

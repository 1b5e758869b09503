import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { problemBody } from '@ikiraro/service-defaults';

/**
 * The portal's built files. Any other GET outside /api answers index.html, so that the single-page app's own
 * routes (/users, /accept-invitation…) load on a reload or from an e-mailed link. Hashed assets are cached for
 * good; index.html never, so that a new release is picked up at once.
 */
export async function servePortal(app: NestFastifyApplication, dir: string | undefined): Promise<void> {
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    setHeaders: (response, path) => {
      void response.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const page = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', (_request, reply) => page(reply));
  fastify.get('/*', (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      return reply
        .status(404)
        .header('content-type', 'application/problem+json')
        .send(problemBody({ status: 404, code: 'http.404', title: 'No such route' }, request.url));
    }
    return page(reply);
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The client's address: the one every limit of the gateway counts by (see `clientAddressOf`). */
    clientAddress: string;
  }
}

/** Sets `request.clientAddress` on every request of `fastify`. */
export function recordClientAddress(
  fastify: FastifyInstance,
  addressOf: (request: FastifyRequest) => string,
): void {
  fastify.decorateRequest('clientAddress', '');
  fastify.addHook('onRequest', (request, _reply, done) => {
    request.clientAddress = addressOf(request);
    done();
  });
}

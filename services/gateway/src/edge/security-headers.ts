import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

/** The portal is served from the gateway: scripts, styles and API calls from its own origin only. */
const helmetOptions = (publicUrl: string): FastifyHelmetOptions => ({
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
  strictTransportSecurity: publicUrl.startsWith('https:'),
});

/**
 * The headers @fastify/helmet sets with the gateway's options, computed once at start: the plugin rebuilds
 * helmet and parses the content security policy again on every request (a fifth of the CPU of a forwarded
 * request, measured), although the headers depend on the settings only, never on the request.
 */
export async function securityHeaders(publicUrl: string): Promise<Record<string, string>> {
  // Over a real socket: Fastify's inject() loads an ESM-only module that jest's module system refuses.
  const headersOf = async (withHelmet: boolean) => {
    const probe = Fastify();
    if (withHelmet) await probe.register(fastifyHelmet, helmetOptions(publicUrl));
    probe.get('/', async () => 'probe');
    try {
      const response = await fetch(await probe.listen({ port: 0, host: '127.0.0.1' }));
      return Object.fromEntries(response.headers);
    } finally {
      await probe.close();
    }
  };
  const [plain, helmeted] = await Promise.all([headersOf(false), headersOf(true)]);
  return Object.fromEntries(Object.entries(helmeted).filter(([name]) => !(name in plain)));
}

/** Every response of `fastify` carries `headers`, errors and 404s included. */
export function sendSecurityHeaders(fastify: FastifyInstance, headers: Record<string, string>): void {
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

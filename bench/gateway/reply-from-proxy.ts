// A peer of the gateway in `npm run bench:gateway`: the smallest reverse proxy one would write with Fastify and
// @fastify/reply-from, forwarding /api/v1/… to the same bare server, with no auth (BENCH_VERIFY unset) or with
// the JWT of every request verified by jose against the same Ed25519 public key the gateway holds.
import replyFrom from '@fastify/reply-from';
import Fastify from 'fastify';
import { importSPKI, jwtVerify } from 'jose';

const upstream = process.env.BENCH_UPSTREAM!;
const key = process.env.BENCH_VERIFY
  ? await importSPKI(Buffer.from(process.env.BENCH_VERIFY, 'base64').toString(), 'EdDSA')
  : undefined;

const app = Fastify();
await app.register(replyFrom, { base: upstream });
app.get('/api/v1/*', async (request, reply) => {
  if (key) {
    const token = request.headers.authorization?.replace(/^Bearer /i, '') ?? '';
    try {
      await jwtVerify(token, key, { algorithms: ['EdDSA'], issuer: 'ikiraro', audience: 'ikiraro' });
    } catch {
      return reply.status(401).send({ code: 'auth.token_invalid' });
    }
  }
  return reply.from(request.url.slice('/api/v1'.length));
});
app.get('/ready', async () => ({ ready: true }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });

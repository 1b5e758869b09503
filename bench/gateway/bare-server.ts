// The baseline of `npm run bench:gateway`: a bare Fastify server that answers the same body as the service.
import Fastify from 'fastify';

const body = JSON.parse(process.env.BENCH_BODY ?? '{}') as object;
const app = Fastify();
// The public path (as the baseline) and the service's own path (when a gateway forwards to this server).
app.get('/api/v1/figures/campaigns', async () => body);
app.get('/figures/campaigns', async () => body);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });

// npm run bench:gateway — not part of the test suite. Requests/s and latency of an authenticated GET forwarded
// through the gateway to a service (token verified at both), against a bare Fastify server that returns the same
// body, in the same run on this machine; prints the ratio. Also the service called directly, to show what the
// gateway itself costs.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { newKeyPair, readPrivateKey, signAccessToken } from '@ikiraro/auth';
import { freePort, repoRoot } from '@ikiraro/local-infra';
import { spawnService, startTestInfra } from '@ikiraro/testing';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const infra = await startTestInfra();
const keys = await newKeyPair();
const run = randomBytes(3).toString('hex');
Object.assign(process.env, {
  KAFKA_BROKERS: infra.kafkaBrokers,
  MONGODB_URI: infra.mongodbUri,
  DATABASE_PREFIX: `bench${run}_`,
  KAFKA_TOPIC_PREFIX: `bench${run}.`,
  KAFKAJS_NO_PARTITIONER_WARNING: '1',
  AUTH_PUBLIC_KEY: Buffer.from(keys.publicKey).toString('base64'),
  LOG_LEVEL: 'error',
});
const token = await signAccessToken(
  { id: 'bench', email: 'bench@ikiraro.org', name: 'Bench', roles: ['programme-manager'] },
  await readPrivateKey(keys.privateKey),
  3600,
);

const reporting = await spawnService('reporting');
const gateway = await spawnService('gateway', {
  AUTH_PRIVATE_KEY: Buffer.from(keys.privateKey).toString('base64'),
  SERVICE_URLS: `reporting=${reporting.url},outreach=http://127.0.0.1:9`,
  SMTP_URL: 'smtp://127.0.0.1:9',
  RATE_LIMIT_PER_MINUTE: '100000000',
});
const body = await (
  await fetch(`${reporting.url}/figures/campaigns`, { headers: { authorization: `Bearer ${token}` } })
).text();
const barePort = await freePort();
const bare = spawn(
  process.execPath,
  ['--import', '@swc-node/register/esm-register', 'bench/gateway/bare-server.ts'],
  {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(barePort), BENCH_BODY: body },
    stdio: 'inherit',
  },
);
for (;;) {
  const up = await fetch(`http://127.0.0.1:${barePort}/api/v1/figures/campaigns`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  await sleep(100);
}

// A second gateway in front of the bare server: what the gateway itself costs, without a service's work.
const gatewayToBare = await spawnService('gateway', {
  AUTH_PRIVATE_KEY: Buffer.from(keys.privateKey).toString('base64'),
  SERVICE_URLS: `reporting=http://127.0.0.1:${barePort},outreach=http://127.0.0.1:9`,
  SMTP_URL: 'smtp://127.0.0.1:9',
  RATE_LIMIT_PER_MINUTE: '100000000',
});

async function measure(name: string, url: string) {
  // A short warm-up (JIT, connection pools), then the measured run.
  await autocannon({ url, connections, duration: 2, headers: { authorization: `Bearer ${token}` } });
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
type Row = Awaited<ReturnType<typeof measure>>;

try {
  const results = [
    await measure('bare Fastify (baseline)', `http://127.0.0.1:${barePort}/api/v1/figures/campaigns`),
    await measure('service, called directly', `${reporting.url}/figures/campaigns`),
    await measure('through the gateway', `${gateway.url}/api/v1/figures/campaigns`),
    await measure('gateway → bare Fastify', `${gatewayToBare.url}/api/v1/figures/campaigns`),
  ];
  console.log(`\nauthenticated GET /figures/campaigns, ${connections} connections, ${seconds} s each:`);
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(26)} ${r.rate.toFixed(0).padStart(7)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms`,
    );
  }
  const [baseline, direct, through, overhead] = results as [Row, Row, Row, Row];
  const ratio = (a: Row, b: Row) => (a.rate / b.rate).toFixed(2);
  console.log(`  ratio gateway / bare Fastify     ${ratio(through, baseline)}   (target ≥ 0.5)`);
  console.log(`  ratio gateway / service direct   ${ratio(through, direct)}`);
  console.log(`  ratio gateway→bare / bare        ${ratio(overhead, baseline)}   (the gateway's own cost)`);
} finally {
  bare.kill('SIGTERM');
  await Promise.all([gateway.kill('SIGTERM'), gatewayToBare.kill('SIGTERM'), reporting.kill('SIGTERM')]);
  await infra.stop();
}

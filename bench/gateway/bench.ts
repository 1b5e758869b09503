// npm run bench:gateway — not part of the test suite. Requests/s and latency of one authenticated GET, in one run
// on this machine and in front of the same bare Fastify server: our gateway (token verified, policy checked),
// nginx as a reverse proxy, and a minimal Fastify + @fastify/reply-from proxy without and with JWT verification.
// Then a real service (reporting) called directly and through the gateway. Prints every figure and the ratios.
// Each target is measured in BENCH_ROUNDS rounds, in turn with the others and in alternating order, so that the
// machine's other load drifts over all of them alike. Knobs: BENCH_SECONDS (each run), BENCH_ROUNDS,
// BENCH_WARMUP_SECONDS, BENCH_CONNECTIONS, BENCH_NGINX_INSTALL=0 (never install nginx).
import autocannon from 'autocannon';
import { policy, readPrivateKey, signAccessToken } from '@ikiraro/auth';
import { freePort } from '@ikiraro/local-infra';
import { spawnService } from '@ikiraro/testing';
import { startBenchEnv } from '../bench-env.ts';
import { cpuMeter, processTree } from './cpu-time.ts';
import { findNginx, startNginx } from './nginx.ts';
import { startBare, startReplyFrom } from './peers.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);

const { infra, keys } = await startBenchEnv();
const token = await signAccessToken(
  { id: 'bench', email: 'bench@ikiraro.org', name: 'Bench', roles: ['programme-manager'] },
  await readPrivateKey(keys.privateKey),
  3600,
);
const path = '/figures/campaigns';

/**
 * A gateway with a URL for every service of the policy matrix (derived from it, so the list cannot fall behind
 * it): `reporting` for reporting, a port where nothing listens for the others, whose routes are not called.
 */
const startGateway = (reporting: string) =>
  spawnService('gateway', {
    AUTH_PRIVATE_KEY: Buffer.from(keys.privateKey).toString('base64'),
    SERVICE_URLS: Object.keys(policy)
      .filter((service) => service !== 'gateway')
      .map((service) => `${service}=${service === 'reporting' ? reporting : 'http://127.0.0.1:9'}`)
      .join(','),
    SMTP_URL: 'smtp://127.0.0.1:9',
    RATE_LIMIT_PER_MINUTE: '100000000',
  });

const stops: (() => Promise<void>)[] = [];
const startedAt = Date.now();
const started = <T extends { stop(): Promise<void> } | { kill(signal: NodeJS.Signals): Promise<void> }>(
  peer: T,
) => {
  stops.push('stop' in peer ? () => peer.stop() : () => peer.kill('SIGTERM'));
  return peer;
};

interface Row {
  name: string;
  rate?: number;
  p50?: number;
  p99?: number;
  /** CPU of the target's processes per request, µs. */
  cpu?: number;
  skipped?: string;
}

async function measure(name: string, url: string, pid: number, warm: boolean) {
  const options = { url, connections, headers: { authorization: `Bearer ${token}` } };
  if (warm) {
    // JIT and connection pools: some requests per connection, then BENCH_WARMUP_SECONDS.
    await autocannon({ ...options, amount: connections * 25 });
    if (warmup > 0) await autocannon({ ...options, duration: warmup });
  }
  const cpu = cpuMeter(processTree(pid));
  const result = await autocannon({ ...options, duration: seconds });
  const cpuMs = cpu();
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { result, cpuPerRequest: cpuMs === undefined ? undefined : (cpuMs * 1000) / result.requests.total };
}

/** Every target, in `rounds` rounds of alternating order; its rate and p50 averaged, its worst p99. */
async function measureAll(
  targets: [name: string, target: { url: string; pid: number } | undefined, skipped?: string][],
) {
  const results = new Map<string, Awaited<ReturnType<typeof measure>>[]>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, target] of round % 2 === 0 ? targets : [...targets].reverse()) {
      if (target)
        results.set(name, [
          ...(results.get(name) ?? []),
          await measure(name, target.url, target.pid, round === 0),
        ]);
    }
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return targets.map(([name, , skipped]): Row => {
    const measured = results.get(name);
    if (!measured) return { name, skipped };
    const runs = measured.map((m) => m.result);
    const cpus = measured.map((m) => m.cpuPerRequest);
    return {
      name,
      rate: mean(runs.map((r) => r.requests.average)),
      p50: Math.round(mean(runs.map((r) => r.latency.p50)) * 10) / 10,
      p99: Math.max(...runs.map((r) => r.latency.p99)),
      cpu: cpus.every((c) => c !== undefined) ? mean(cpus as number[]) : undefined,
    };
  });
}

try {
  // Three Nest applications and two proxies start at once; only the bare server waits, for the service's answer.
  const barePort = await freePort();
  const bareUrl = `http://127.0.0.1:${barePort}`;
  const nginx = findNginx(process.env);
  const reportingUp = spawnService('reporting').then(started);
  const [reporting, bare, gatewayToBare, gatewayToReporting, replyFrom, replyFromVerify] = await Promise.all([
    reportingUp,
    reportingUp.then(async (service) => {
      const response = await fetch(`${service.url}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return started(await startBare(await response.text(), barePort));
    }),
    startGateway(bareUrl).then(started),
    reportingUp.then((service) => startGateway(service.url)).then(started),
    startReplyFrom(bareUrl).then(started),
    startReplyFrom(bareUrl, keys.publicKey).then(started),
  ]);
  const nginxToBare =
    'binary' in nginx ? started(await startNginx(nginx.binary, await freePort(), bare.url)) : undefined;

  console.log(`peers and services started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  const at = (peer: { url: string; pid: number }, route: string) => ({
    url: `${peer.url}${route}`,
    pid: peer.pid,
  });
  const pidOf = (service: { url: string; child: { pid?: number } }) => ({
    url: service.url,
    pid: service.child.pid!,
  });
  const proxies = await measureAll([
    ['gateway → bare', at(pidOf(gatewayToBare), `/api/v1${path}`)],
    ['bare Fastify (no proxy)', at(bare, path)],
    [
      'nginx → bare',
      nginxToBare && at(nginxToBare, `/api/v1${path}`),
      'skipped' in nginx ? nginx.skipped : '',
    ],
    ['reply-from → bare', at(replyFrom, `/api/v1${path}`)],
    ['reply-from + jose → bare', at(replyFromVerify, `/api/v1${path}`)],
  ]);
  const [ours, bareRow, nginxRow, replyFromRow, replyFromVerifyRow] = proxies as [Row, Row, Row, Row, Row];
  const [direct, through] = (await measureAll([
    ['reporting, directly', at(pidOf(reporting), path)],
    ['reporting, via gateway', at(pidOf(gatewayToReporting), `/api/v1${path}`)],
  ])) as [Row, Row];

  console.log(
    `\nauthenticated GET ${path}, ${connections} connections, ${rounds} × ${seconds} s each (rate and p50: mean; p99: worst; CPU: of the process called):`,
  );
  for (const row of [...proxies, direct, through]) {
    console.log(
      row.skipped
        ? `  ${row.name.padEnd(26)} skipped: ${row.skipped}`
        : `  ${row.name.padEnd(26)} ${row.rate!.toFixed(0).padStart(7)} req/s   p50 ${row.p50} ms   p99 ${row.p99} ms` +
            (row.cpu === undefined ? '' : `   CPU ${row.cpu.toFixed(0)} µs/req`),
    );
  }
  const ratio = (name: string, a: Row, b: Row, target: string) =>
    console.log(
      `  ${name.padEnd(40)} ${a.rate && b.rate ? (a.rate / b.rate).toFixed(2) : 'n/a '}   (${target})`,
    );
  ratio('ratio ours / reply-from (no auth)', ours, replyFromRow, 'target ≥ 1.0');
  ratio('ratio ours / reply-from + jose', ours, replyFromVerifyRow, 'the same work: verified token');
  ratio('ratio ours / nginx', ours, nginxRow, nginxRow.skipped ? 'nginx skipped' : 'aim ≥ 0.5');
  ratio('ratio ours / bare Fastify', ours, bareRow, 'the ceiling of any proxy here');
  ratio('ratio via gateway / direct (reporting)', through, direct, 'target ≥ 0.9');
  if (ours.cpu && replyFromRow.cpu)
    console.log(
      `  ${'CPU per request, ours / reply-from'.padEnd(40)} ${(ours.cpu / replyFromRow.cpu).toFixed(2)}   (less is cheaper; the same work plus the edge's)`,
    );
} finally {
  const stopping = Date.now();
  await Promise.all(stops.map((stop) => stop()));
  console.log(`stopped in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
  await infra.stop();
}

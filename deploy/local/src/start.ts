// npm start: Kafka and FerretDB on PostgreSQL (unless KAFKA_BROKERS / MONGODB_URI name others), then every
// service, each restarted with backoff when it dies; prints the URLs; Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { down, up } from './infra.ts';
import { localSecrets } from './local-secrets.ts';
import { localInfraOptions } from './local.config.ts';
import { startMailCatcher } from './mail-catcher.ts';
import { repoRoot } from './paths.ts';
import { serviceUrls, services } from './services.ts';
import { type Supervised, supervise } from './supervisor.ts';

const log = (line: string) => console.log(`[start] ${line}`);
const options = localInfraOptions((line) => console.log(`[infra] ${line}`));
const children = new Map<string, Supervised>();
let stopping = false;

async function main() {
  const started = Date.now();
  const infra = await up(options);
  log(`Kafka at ${infra.kafkaBrokers}; MongoDB wire at ${infra.mongodbUri}`);
  const secrets = await localSecrets(options.dir);
  const mailPort = Number(process.env.MAIL_PORT || 1025);
  const mail = await startMailCatcher(mailPort, (m) =>
    log(
      `mail to ${m.to.join(', ')}: "${m.subject}"${m.links.length ? `\n    ${m.links.join('\n    ')}` : ''}`,
    ),
  );
  log(`mail catcher (SMTP) at ${mail.url}: messages are printed here, not delivered`);
  const publicUrl = `http://127.0.0.1:${services.find((s) => s.name === 'gateway')!.port}`;
  const gatewayEnv = {
    AUTH_PRIVATE_KEY: secrets.privateKey,
    SERVICE_URLS: serviceUrls,
    SMTP_URL: mail.url,
    PUBLIC_URL: publicUrl,
    PORTAL_DIR: `${repoRoot}/services/portal/dist`,
    ADMIN_EMAIL: secrets.admin.email,
    ADMIN_PASSWORD: secrets.admin.password,
  };
  for (const service of services) {
    const env = {
      ...process.env,
      PORT: String(service.port),
      MONGODB_URI: infra.mongodbUri,
      KAFKA_BROKERS: infra.kafkaBrokers,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      AUTH_PUBLIC_KEY: secrets.publicKey,
      PERSONAL_DATA_KEY: secrets.personalDataKey,
      SMTP_URL: mail.url,
      PUBLIC_URL: publicUrl,
      ...(service.name === 'gateway' ? gatewayEnv : {}),
      // Here, partners' test receivers run on this machine: webhooks may use plain http.
      ...(service.name === 'notifications' ? { WEBHOOK_ALLOW_HTTP: 'true' } : {}),
    };
    const supervised = supervise({
      name: service.name,
      log,
      spawn: () => {
        const child = spawn(
          process.execPath,
          ['--import', '@swc-node/register/esm-register', `services/${service.name}/src/main.ts`],
          { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        for (const stream of [child.stdout!, child.stderr!]) {
          createInterface({ input: stream }).on('line', (line) =>
            console.log(`[${service.name}] ${readable(line)}`),
          );
        }
        return child;
      },
    });
    children.set(service.name, supervised);
  }
  await Promise.all(services.map((s) => waitReady(s.name, `http://127.0.0.1:${s.port}/health/ready`)));
  log(`everything healthy in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const s of services) {
    log(`${s.name.padEnd(12)} http://127.0.0.1:${s.port}  (health: /health/ready, OpenAPI: /docs.json)`);
  }
  log(`portal       ${publicUrl}   API: ${publicUrl}/api/docs`);
  log(`sign in as ${secrets.admin.email} / ${secrets.admin.password} (kept in .local/secrets.json)`);
  log('Ctrl-C stops everything');
}

async function waitReady(name: string, url: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    // A service that cannot even start once is a mistake to report, not a crash to restart forever.
    if (children.get(name)!.exits > 0) throw new Error(`${name} exited before it was ready`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(300);
  }
  throw new Error(`${name} was not ready at ${url} within 120 s`);
}

/** Services log JSON lines; show them as `level message` on a terminal. */
function readable(line: string): string {
  try {
    const entry = JSON.parse(line) as { level?: string; message?: unknown; context?: string };
    const message = typeof entry.message === 'string' ? entry.message : JSON.stringify(entry.message);
    return `${entry.level ?? ''} ${entry.context ? `${entry.context}: ` : ''}${message}`;
  } catch {
    return line;
  }
}

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await Promise.all([...children.values()].map((supervised) => supervised.stop(10_000)));
  await down(options.dir);
  log('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
main().catch(async (error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});

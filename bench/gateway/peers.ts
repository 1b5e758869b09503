// The processes `npm run bench:gateway` measures the gateway against, each a child process of the bench.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, repoRoot } from '@ikiraro/local-infra';

export interface Peer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Runs one of this folder's scripts on a free port; resolves once `probe` answers 2xx there. */
async function startScript(
  script: string,
  env: Record<string, string>,
  probe: string,
  port?: number,
): Promise<Peer> {
  port ??= await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', `bench/gateway/${script}`],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '', PORT: String(port), ...env },
      stdio: 'inherit',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) throw new Error(`${script} exited at start (${child.exitCode})`);
    if (
      await fetch(`${url}${probe}`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, pid: child.pid!, stop };
  }
  await stop();
  throw new Error(`${script} did not answer within 30 s`);
}

/** The bare Fastify server every proxy forwards to: the service's route, answering `body`, and nothing else. */
export const startBare = (body: string, port?: number) =>
  startScript('bare-server.ts', { BENCH_BODY: body }, '/figures/campaigns', port);

/** Fastify + @fastify/reply-from in front of `upstream`; with `verifyKey` (SPKI PEM) it verifies each JWT. */
export const startReplyFrom = (upstream: string, verifyKey?: string) =>
  startScript(
    'reply-from-proxy.ts',
    {
      BENCH_UPSTREAM: upstream,
      ...(verifyKey ? { BENCH_VERIFY: Buffer.from(verifyKey).toString('base64') } : {}),
    },
    '/ready',
  );

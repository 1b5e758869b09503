import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort, repoRoot } from '@ikiraro/local-infra';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** What the service printed, for a failing test's message. */
  output: string[];
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Runs a real service as its own process (as `npm start` does), with this test file's database prefix, topic
 * prefix, Kafka and database unless `env` says otherwise; resolves once it answers /health/live. On a free port,
 * or on `env.PORT` (a service restarted where others reach it).
 */
export async function spawnService(name: string, env: NodeJS.ProcessEnv = {}): Promise<ServiceProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', `services/${name}/src/main.ts`],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start:\n${output.join('')}`);
    if (
      await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { name, url, child, output, kill };
    await sleep(200);
  }
  await kill('SIGKILL');
  throw new Error(`${name} did not start within 60 s:\n${output.join('')}`);
}

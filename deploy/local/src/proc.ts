import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Fails with an actionable message when a tool the launcher needs is not on the PATH. */
export function requireTool(command: string, versionArg: string, hint: string): void {
  const probe = spawnSync(command, [versionArg], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`${command} was not found or does not run. ${hint}`);
  }
}

/** An unprivileged user to run a program as (a root session running PostgreSQL). */
export interface RunAs {
  name: string;
  uid: number;
  gid: number;
}

/** spawn's own uid/gid (not `runuser`, which would stand between us and the pid we stop): it drops root's groups. */
const as = (user?: RunAs) => (user ? { uid: user.uid, gid: user.gid } : {});

/** Runs a command to completion, its output going to `logFile`; rejects with the log's tail on failure. */
export async function run(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string; runAs?: RunAs; input?: string },
): Promise<void> {
  const out = openSync(opts.logFile, 'a');
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: [opts.input === undefined ? 'ignore' : 'pipe', out, out],
    ...as(opts.runAs),
  });
  if (opts.input !== undefined) child.stdin!.end(opts.input);
  const [status] = (await once(child, 'close')) as [number | null];
  if (status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${status}); see ${opts.logFile}:\n${tail(opts.logFile)}`,
    );
  }
}

/** The last lines of a log file, to quote in an error. */
export function tail(logFile: string, lines = 15): string {
  return existsSync(logFile)
    ? readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
    : '';
}

/**
 * Starts a long-running process detached from this one, so that it outlives `npm run infra -- up`. It leads a
 * process group of its own (its pid), which holds its children too (PostgreSQL's backends).
 */
export function startDetached(
  command: string,
  args: string[],
  opts: { logFile: string; pidFile: string; env?: NodeJS.ProcessEnv; runAs?: RunAs; cwd?: string },
) {
  const out = openSync(opts.logFile, 'a');
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: opts.env,
    cwd: opts.cwd,
    ...as(opts.runAs),
  });
  child.unref();
  writeFileSync(opts.pidFile, String(child.pid));
  return child.pid!;
}

/** The pid in `pidFile` if that process is alive and its command line contains `marker`. */
export function runningPid(pidFile: string, marker: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // A reused pid belongs to some other program: check that it is still ours.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, 'utf8').includes(marker)) return undefined;
  return pid;
}

/**
 * `signal` (SIGTERM unless told), then SIGKILL after `graceMs` (to the whole process group with `group`);
 * resolves once the process is gone and its pid file removed.
 */
export async function stopPid(
  pidFile: string,
  marker: string,
  graceMs: number,
  opts: { signal?: NodeJS.Signals; group?: boolean } = {},
): Promise<boolean> {
  const pid = runningPid(pidFile, marker);
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    return false;
  }
  signal(pid, opts.signal ?? 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) {
    signal(opts.group ? -pid : pid, 'SIGKILL');
    while (alive(pid)) await sleep(50);
  }
  rmSync(pidFile, { force: true });
  return true;
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by its parent) counts as gone.
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

/** Polls `check` until it resolves true; fails after `timeoutMs` with `what` and the tail of its log file. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  isDead?: () => boolean,
  logFile?: string,
) {
  const deadline = Date.now() + timeoutMs;
  const quote = () => (logFile ? `; see ${logFile}:\n${tail(logFile)}` : '');
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    if (isDead?.()) throw new Error(`${what}: the process exited during start-up${quote()}`);
    await sleep(250);
  }
  throw new Error(`${what}: not healthy after ${Math.round(timeoutMs / 1000)} s${quote()}`);
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** `count` distinct free ports. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

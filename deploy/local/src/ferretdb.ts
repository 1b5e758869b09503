import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { cacheDir, repoRoot } from './paths.ts';
import { requireTool, run, runningPid, startDetached, stopPid, waitUntil } from './proc.ts';

const moduleDir = join(repoRoot, 'deploy/local/ferretdb');
/** Marks this folder's FerretDB in /proc, so that `down` never stops another one. */
const marker = (dir: string) => `--state-dir=${dir}`;

/** FerretDB's storage: PostgreSQL (default, much faster; see ADR 3) or SQLite files. */
export type FerretBackend = 'postgresql' | 'sqlite';

/** FERRETDB_BACKEND: `postgresql` (default) or `sqlite`; the one setting that selects the store. */
export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): FerretBackend {
  const value = env.FERRETDB_BACKEND || 'postgresql';
  if (value !== 'postgresql' && value !== 'sqlite')
    throw new Error(`FERRETDB_BACKEND must be postgresql or sqlite, got "${value}"`);
  return value;
}

export const FERRETDB_VERSION = /FerretDB\/FerretDB v([\d.]+)/.exec(
  readFileSync(join(moduleDir, 'go.mod'), 'utf8'),
)![1];

export interface FerretInstance {
  /** Folder for the SQLite files, the log and the pid file. */
  dir: string;
  port: number;
  debugPort: number;
  /** With PostgreSQL: the `postgres://` URL of its cluster. */
  backend: { handler: 'sqlite' } | { handler: 'postgresql'; url: string };
}

/**
 * Builds FerretDB once with `go install` from the module proxy's source of the version pinned in
 * deploy/local/ferretdb/go.mod (go.sum checks it). `go install …@version` alone gives a binary that panics at
 * start: FerretDB reads its own version from build/version/version.txt, which its release workflow writes and
 * the module zip leaves empty. So the source is copied, that file written, and the copy installed.
 */
export async function installFerretDb(log: (line: string) => void): Promise<string> {
  const home = join(cacheDir, `ferretdb-${FERRETDB_VERSION}`);
  const exe = join(home, 'bin', 'ferretdb');
  if (existsSync(join(home, '.complete'))) return exe;
  requireTool('go', 'version', 'Install Go 1.22 or newer (e.g. the golang package), or set MONGODB_URI.');
  log(`building FerretDB ${FERRETDB_VERSION} with go install (once; about 2 minutes; cached in ${home})…`);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const logFile = join(home, 'install.log');
  const env = { ...process.env, GOFLAGS: '-mod=mod', CGO_ENABLED: '0' };
  const info = join(home, 'module.json');
  await run(
    'sh',
    ['-c', `go mod download -json github.com/FerretDB/FerretDB@v${FERRETDB_VERSION} > "${info}"`],
    {
      cwd: moduleDir,
      env,
      logFile,
    },
  );
  const src = join(home, 'src');
  cpSync(JSON.parse(readFileSync(info, 'utf8')).Dir, src, { recursive: true });
  await run('chmod', ['-R', 'u+w', src], { logFile });
  writeFileSync(join(src, 'build/version/version.txt'), `v${FERRETDB_VERSION}\n`);
  await run('go', ['install', './cmd/ferretdb'], {
    cwd: src,
    env: { ...env, GOBIN: join(home, 'bin') },
    logFile,
  });
  rmSync(src, { recursive: true, force: true });
  writeFileSync(join(home, '.complete'), new Date().toISOString());
  return exe;
}

export async function startFerretDb(f: FerretInstance, log: (line: string) => void): Promise<string> {
  const uri = `mongodb://127.0.0.1:${f.port}/?retryWrites=false&directConnection=true`;
  const pidFile = join(f.dir, 'ferretdb.pid');
  const handler = `--handler=${f.backend.handler}`;
  const running = ferretPid(f.dir);
  if (running !== undefined) {
    if (readFileSync(`/proc/${running}/cmdline`, 'utf8').split('\0').includes(handler)) {
      await waitUntil('FerretDB', () => ferretHealthy(uri), 30_000);
      return uri;
    }
    log(`FerretDB runs on the other backend: restarting it with ${handler}`);
    await stopFerretDb(f.dir);
  }
  const exe = await installFerretDb(log);
  const data = join(f.dir, 'data');
  mkdirSync(data, { recursive: true });
  const logFile = join(f.dir, 'ferretdb.log');
  const pid = startDetached(
    exe,
    [
      handler,
      ...(f.backend.handler === 'sqlite' ? [`--sqlite-url=file:${data}/`] : []),
      `--listen-addr=127.0.0.1:${f.port}`,
      `--debug-addr=127.0.0.1:${f.debugPort}`,
      marker(f.dir),
      '--telemetry=disable',
      '--log-level=warn',
    ],
    {
      logFile,
      pidFile,
      // The URL carries the cluster's password: through the environment, it stays out of `ps`.
      env:
        f.backend.handler === 'postgresql'
          ? { ...process.env, FERRETDB_POSTGRESQL_URL: f.backend.url }
          : process.env,
    },
  );
  await waitUntil(
    'FerretDB',
    () => ferretHealthy(uri),
    30_000,
    () => ferretPid(f.dir) !== pid,
    logFile,
  );
  return uri;
}

export function stopFerretDb(dir: string): Promise<boolean> {
  return stopPid(join(dir, 'ferretdb.pid'), marker(dir), 10_000);
}

export function ferretPid(dir: string): number | undefined {
  return runningPid(join(dir, 'ferretdb.pid'), marker(dir));
}

/** The backend of this folder's running FerretDB. */
export function ferretBackend(dir: string): FerretBackend | undefined {
  const pid = ferretPid(dir);
  if (pid === undefined) return undefined;
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--handler=postgresql')
    ? 'postgresql'
    : 'sqlite';
}

/** Healthy when the server lists its databases (which reaches its backend; `ping` does not). */
export async function ferretHealthy(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000 });
  try {
    await client.connect();
    const reply = await client.db('admin').command({ listDatabases: 1, nameOnly: true });
    return reply.ok === 1;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

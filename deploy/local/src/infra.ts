import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ferretPid, FERRETDB_VERSION, startFerretDb, stopFerretDb } from './ferretdb.ts';
import { KAFKA_VERSION, kafkaPid, startKafka, stopKafka } from './kafka.ts';

export interface InfraOptions {
  /** Folder holding kafka/ and ferretdb/ (data, logs, pid files). */
  dir: string;
  kafkaPort: number;
  kafkaControllerPort: number;
  ferretPort: number;
  ferretDebugPort: number;
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

/** Starts what is not external, both at once; resolves when both answer their health checks. */
export async function up(o: InfraOptions): Promise<Infra> {
  const log = o.log ?? (() => undefined);
  mkdirSync(o.dir, { recursive: true });
  writeFileSync(join(o.dir, 'infra.json'), JSON.stringify({ ...o, log: undefined }, null, 2));
  const [kafkaBrokers, mongodbUri] = await Promise.all([
    o.external?.kafkaBrokers ??
      startKafka(
        { dir: join(o.dir, 'kafka'), port: o.kafkaPort, controllerPort: o.kafkaControllerPort },
        log,
        o.kafkaHeap,
      ),
    o.external?.mongodbUri ??
      startFerretDb({ dir: join(o.dir, 'ferretdb'), port: o.ferretPort, debugPort: o.ferretDebugPort }, log),
  ]);
  return { kafkaBrokers, mongodbUri };
}

/** Stops whatever this folder's launcher started; leaves no java or ferretdb process behind. */
export async function down(dir: string): Promise<{ kafka: boolean; ferretdb: boolean }> {
  const [kafka, ferretdb] = await Promise.all([
    stopKafka(join(dir, 'kafka')),
    stopFerretDb(join(dir, 'ferretdb')),
  ]);
  return { kafka, ferretdb };
}

/**
 * Kills at once (SIGKILL) whatever this folder's launcher started: synchronous, for a process's `exit` event,
 * when there is no time for `down` (e.g. a test run ended by an uncaught error).
 */
export function killNow(dir: string): void {
  for (const pid of [kafkaPid(join(dir, 'kafka')), ferretPid(join(dir, 'ferretdb'))]) {
    if (pid !== undefined) process.kill(pid, 'SIGKILL');
  }
}

export interface ComponentStatus {
  running: boolean;
  pid?: number;
  address?: string;
}

export function status(dir: string): { kafka: ComponentStatus; ferretdb: ComponentStatus } {
  const saved = join(dir, 'infra.json');
  const o: Partial<InfraOptions> = existsSync(saved) ? JSON.parse(readFileSync(saved, 'utf8')) : {};
  const kpid = kafkaPid(join(dir, 'kafka'));
  const fpid = ferretPid(join(dir, 'ferretdb'));
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
    },
  };
}

export const logFiles = (dir: string) => ({
  kafka: join(dir, 'kafka', 'server.log'),
  ferretdb: join(dir, 'ferretdb', 'ferretdb.log'),
});

import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { freePorts } from './proc.ts';
import { down, status, up } from './infra.ts';

const ps = () =>
  execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim() && !line.includes(' ps -eo'))
    .map((line) => {
      const [, pid, ppid, args] = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)!;
      return { pid: Number(pid), ppid: Number(ppid), args };
    });

/** Processes whose command line mentions `dir` (the launcher gives it to Kafka, FerretDB and PostgreSQL). */
function processesUsing(dir: string): string[] {
  return ps()
    .filter((p) => p.args.includes(dir))
    .map((p) => p.args);
}

/** PostgreSQL's server processes (checkpointer, backends…) do not name the folder: they are the server's children. */
const childrenOf = (pid: number) => ps().filter((p) => p.ppid === pid);

async function roundTrip(uri: string): Promise<unknown> {
  const client = new MongoClient(uri);
  try {
    const docs = client.db('launcher_check').collection('docs');
    await docs.insertOne({ _id: 'written' as never, through: 'the MongoDB wire' });
    return await docs.findOne({ _id: 'written' as never });
  } finally {
    await client.close();
  }
}

describe('local launcher', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ikiraro-launcher-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) {
      await down(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts Kafka and FerretDB over its own PostgreSQL, and down leaves no process behind', async () => {
    const dir = newDir();
    const [kafkaPort, kafkaControllerPort, ferretPort, ferretDebugPort, postgresPort] = await freePorts(5);
    const options = {
      dir,
      kafkaPort,
      kafkaControllerPort,
      ferretPort,
      ferretDebugPort,
      postgresPort,
      durable: false,
      kafkaHeap: '256m',
    };
    const infra = await up(options);
    expect(infra.kafkaBrokers).toBe(`127.0.0.1:${kafkaPort}`);
    expect(infra.mongodbUri).toContain(`127.0.0.1:${ferretPort}`);
    expect(await roundTrip(infra.mongodbUri)).toEqual({ _id: 'written', through: 'the MongoDB wire' });
    const running = status(dir);
    expect(running).toMatchObject({
      kafka: { running: true },
      ferretdb: { running: true, backend: 'postgresql' },
      postgres: { running: true, address: `127.0.0.1:${postgresPort}` },
    });
    expect(processesUsing(dir)).toHaveLength(3);
    const serverProcesses = childrenOf(running.postgres.pid!);
    expect(serverProcesses.length).toBeGreaterThan(0);

    // A second `up` finds them running and only checks their health; the data is still there.
    const again = await up(options);
    expect(again).toEqual(infra);
    expect(processesUsing(dir)).toHaveLength(3);
    expect(await roundTrip(infra.mongodbUri).catch((e: Error) => e.message)).toMatch(/duplicate key/);

    expect(await down(dir)).toEqual({ kafka: true, ferretdb: true, postgres: true });
    expect(processesUsing(dir)).toEqual([]);
    const left = new Set(ps().map((p) => p.pid));
    expect(serverProcesses.filter((p) => left.has(p.pid) && /postgres/.test(p.args))).toEqual([]);
    expect(status(dir)).toMatchObject({
      kafka: { running: false },
      ferretdb: { running: false },
      postgres: { running: false },
    });
  });

  it('switches a folder to FerretDB on SQLite with one setting, and stops its PostgreSQL', async () => {
    const dir = newDir();
    const [ferretPort, ferretDebugPort, postgresPort] = await freePorts(3);
    // This run's broker: only the database is started here.
    const external = { kafkaBrokers: process.env.KAFKA_BROKERS! };
    const options = {
      dir,
      kafkaPort: 1,
      kafkaControllerPort: 2,
      ferretPort,
      ferretDebugPort,
      postgresPort,
      external,
    };
    await up({ ...options, backend: 'postgresql', durable: false });
    expect(status(dir)).toMatchObject({ ferretdb: { backend: 'postgresql' }, postgres: { running: true } });

    const infra = await up({ ...options, backend: 'sqlite' });
    expect(status(dir)).toMatchObject({
      ferretdb: { running: true, backend: 'sqlite' },
      postgres: { running: false },
      backend: 'sqlite',
    });
    expect(await roundTrip(infra.mongodbUri)).toEqual({ _id: 'written', through: 'the MongoDB wire' });
    expect(processesUsing(dir)).toHaveLength(1);
    expect(await down(dir)).toEqual({ kafka: false, ferretdb: true, postgres: false });
    expect(processesUsing(dir)).toEqual([]);
  });

  it('starts nothing for a component given by KAFKA_BROKERS or MONGODB_URI', async () => {
    const dir = newDir();
    const external = { kafkaBrokers: process.env.KAFKA_BROKERS!, mongodbUri: process.env.MONGODB_URI! };
    const infra = await up({
      dir,
      kafkaPort: 1,
      kafkaControllerPort: 2,
      ferretPort: 3,
      ferretDebugPort: 4,
      postgresPort: 5,
      external,
    });
    expect(infra).toEqual(external);
    expect(processesUsing(dir)).toEqual([]);
  });
});

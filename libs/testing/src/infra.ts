import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  backendFromEnv,
  type FerretBackend,
  down,
  freePorts,
  killNow,
  up,
  versions,
} from '@ikiraro/local-infra';

export interface TestInfra {
  kafkaBrokers: string;
  mongodbUri: string;
  /** Where they came from, for the run's first line. */
  source: string;
  stop(): Promise<void>;
}

/**
 * A real Kafka and a real MongoDB-wire database for one test run, in this order of preference:
 * the ones named by KAFKA_BROKERS / MONGODB_URI; else containers when a Docker engine answers;
 * else Kafka and FerretDB started by the local launcher on free ports, in a temporary folder: FerretDB over a
 * PostgreSQL cluster of the run's own (fsync off: it is thrown away), or over SQLite with FERRETDB_BACKEND=sqlite.
 */
export async function startTestInfra(env: NodeJS.ProcessEnv = process.env): Promise<TestInfra> {
  const external = { kafkaBrokers: env.KAFKA_BROKERS || undefined, mongodbUri: env.MONGODB_URI || undefined };
  if (external.kafkaBrokers && external.mongodbUri) {
    return {
      ...(external as { kafkaBrokers: string; mongodbUri: string }),
      source: 'external',
      stop: async () => undefined,
    };
  }
  if (env.IKIRARO_TEST_INFRA !== 'local' && (env.DOCKER_HOST || existsSync('/var/run/docker.sock'))) {
    const fromContainers = await startContainers(external).catch((error: unknown) => {
      console.warn(`Docker did not give containers (${String(error)}); using the local launcher.`);
      return undefined;
    });
    if (fromContainers) return fromContainers;
  }
  return startLocal(external, backendFromEnv(env));
}

async function startLocal(
  external: { kafkaBrokers?: string; mongodbUri?: string },
  backend: FerretBackend,
): Promise<TestInfra> {
  const dir = mkdtempSync(join(tmpdir(), 'ikiraro-test-'));
  const [kafkaPort, kafkaControllerPort, ferretPort, ferretDebugPort, postgresPort] = await freePorts(5);
  // Whatever ends this process, the broker and the database end with it.
  const onExit = () => killNow(dir);
  const onSignal = (signal: NodeJS.Signals) => void stop().finally(() => process.kill(process.pid, signal));
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = async () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await down(dir);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const infra = await up({
      dir,
      kafkaPort,
      kafkaControllerPort,
      ferretPort,
      ferretDebugPort,
      backend,
      postgresPort,
      durable: false,
      external,
      kafkaHeap: '512m',
      log: (line) => console.log(`[test infra] ${line}`),
    });
    return {
      ...infra,
      source: `local Kafka ${versions.kafka} and FerretDB ${versions.ferretdb} on ${backend} in ${dir}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Kafka (KRaft) and MongoDB 7 as a single-node replica set, through Testcontainers. */
async function startContainers(external: { kafkaBrokers?: string; mongodbUri?: string }): Promise<TestInfra> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  await getContainerRuntimeClient(); // throws when no engine answers
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const [kafka, mongo] = await Promise.all([
    external.kafkaBrokers ? undefined : new KafkaContainer('confluentinc/cp-kafka:8.1.0').withKraft().start(),
    external.mongodbUri ? undefined : new MongoDBContainer('mongo:7').start(),
  ]);
  return {
    kafkaBrokers: external.kafkaBrokers ?? `${kafka!.getHost()}:${kafka!.getMappedPort(9093)}`,
    mongodbUri: external.mongodbUri ?? `${mongo!.getConnectionString()}/?directConnection=true`,
    source: 'containers',
    stop: async () => {
      await Promise.all([kafka?.stop(), mongo?.stop()]);
    },
  };
}

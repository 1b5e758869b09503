import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { cacheDir, repoRoot } from './paths.ts';
import { requireTool, run, runningPid, startDetached, stopPid, waitUntil } from './proc.ts';

const pom = join(repoRoot, 'deploy/local/kafka/pom.xml');
const log4j = join(repoRoot, 'deploy/local/kafka/log4j2.properties');
/** Marks our broker in `ps` output and /proc, so that `down` never stops someone else's Java. */
const marker = 'ikiraro.kafka=1';

export const KAFKA_VERSION = /<kafka\.version>([^<]+)</.exec(readFileSync(pom, 'utf8'))![1];

export interface KafkaInstance {
  /** Folder for the broker's data, config, log and pid file. */
  dir: string;
  port: number;
  controllerPort: number;
}

/** Resolves the broker jars with Maven once; later calls return the cached classpath folder at once. */
export async function installKafka(log: (line: string) => void): Promise<string> {
  const hash = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 12);
  const home = join(cacheDir, `kafka-${KAFKA_VERSION}-${hash}`);
  const libs = join(home, 'libs');
  if (existsSync(join(home, '.complete'))) return libs;
  requireTool(
    'java',
    '-version',
    'Install Java 17 or newer (e.g. the openjdk-17-jre-headless package), or set KAFKA_BROKERS.',
  );
  requireTool('mvn', '-v', 'Install Apache Maven (e.g. the maven package), or set KAFKA_BROKERS.');
  log(`installing Apache Kafka ${KAFKA_VERSION} with Maven (once; cached in ${home})…`);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  await run('mvn', ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${libs}`], {
    logFile: join(home, 'install.log'),
  });
  if (!readdirSync(libs).some((f) => f.startsWith('kafka_2.13-')))
    throw new Error(`Maven did not resolve Kafka into ${libs}`);
  writeFileSync(join(home, '.complete'), new Date().toISOString());
  return libs;
}

function properties(k: KafkaInstance): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `listeners=PLAINTEXT://127.0.0.1:${k.port},CONTROLLER://127.0.0.1:${k.controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${k.port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `controller.quorum.bootstrap.servers=127.0.0.1:${k.controllerPort}`,
    `log.dirs=${join(k.dir, 'data')}`,
    // One node: every internal topic has a single replica.
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=5',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // Local and test runs should not wait 3 s before the first consumer group forms.
    'group.initial.rebalance.delay.ms=0',
    // Services create the topics they own explicitly; a typo must not create a new topic.
    'auto.create.topics.enable=false',
    'num.partitions=3',
    '',
  ].join('\n');
}

export async function startKafka(
  k: KafkaInstance,
  log: (line: string) => void,
  heap = '512m',
): Promise<string> {
  const brokers = `127.0.0.1:${k.port}`;
  const pidFile = join(k.dir, 'kafka.pid');
  if (runningPid(pidFile, marker)) {
    await waitUntil('Kafka', () => kafkaHealthy(brokers), 60_000);
    return brokers;
  }
  const libs = await installKafka(log);
  mkdirSync(k.dir, { recursive: true });
  const config = join(k.dir, 'server.properties');
  writeFileSync(config, properties(k));
  const classpath = `${libs}/*`;
  if (!existsSync(join(k.dir, 'data', 'meta.properties'))) {
    // A cluster id is 16 random bytes in URL-safe base64 without padding (22 characters). One that starts with
    // '-' would be read as an option by the storage tool (1 start in 64 failed so): draw again.
    let clusterId = randomBytes(16).toString('base64url');
    while (clusterId.startsWith('-')) clusterId = randomBytes(16).toString('base64url');
    await run(
      'java',
      ['-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', config, '--standalone'],
      {
        logFile: join(k.dir, 'format.log'),
      },
    );
  }
  const pid = startDetached(
    'java',
    [
      `-D${marker}`,
      `-Xms128m`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${log4j}`,
      `-Dkafka.logs.dir=${k.dir}`,
      '-cp',
      classpath,
      'kafka.Kafka',
      config,
    ],
    { logFile: join(k.dir, 'stdout.log'), pidFile },
  );
  await waitUntil(
    'Kafka',
    () => kafkaHealthy(brokers),
    90_000,
    () => runningPid(pidFile, marker) !== pid,
  );
  return brokers;
}

export function stopKafka(dir: string): Promise<boolean> {
  // A controlled shutdown of a single node takes a few seconds; past 30 s it is killed.
  return stopPid(join(dir, 'kafka.pid'), marker, 30_000);
}

export function kafkaPid(dir: string): number | undefined {
  return runningPid(join(dir, 'kafka.pid'), marker);
}

/** Healthy when the broker answers a metadata request with itself as controller. */
export async function kafkaHealthy(brokers: string): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'ikiraro-health',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: 1000,
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

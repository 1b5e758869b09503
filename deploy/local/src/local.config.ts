import { backendFromEnv } from './ferretdb.ts';
import type { InfraOptions } from './infra.ts';
import { localStateDir } from './paths.ts';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name} must be a TCP port, got "${raw}"`);
  return value;
}

/** Settings of `npm start` and `npm run infra`, from the environment (see README). */
export function localInfraOptions(log: (line: string) => void): InfraOptions {
  return {
    dir: localStateDir,
    kafkaPort: port('KAFKA_PORT', 9092),
    kafkaControllerPort: port('KAFKA_CONTROLLER_PORT', 9093),
    ferretPort: port('FERRETDB_PORT', 27017),
    ferretDebugPort: port('FERRETDB_DEBUG_PORT', 8088),
    backend: backendFromEnv(),
    postgresPort: port('POSTGRES_PORT', 5432),
    // Development data is kept: PostgreSQL syncs to disk as usual.
    durable: true,
    external: {
      kafkaBrokers: process.env.KAFKA_BROKERS || undefined,
      mongodbUri: process.env.MONGODB_URI || undefined,
    },
    log,
  };
}

import { randomBytes } from 'node:crypto';
import { newKeyPair } from '@ikiraro/auth';
import { startTestInfra } from '@ikiraro/testing';

/**
 * A bench run's Kafka and database, and the settings every service reads, set before any service module is
 * imported: databases and topics under a prefix of the run's own, fresh signing and personal-data keys.
 */
export async function startBenchEnv() {
  const infra = await startTestInfra();
  const keys = await newKeyPair();
  const run = randomBytes(3).toString('hex');
  const prefix = `bench${run}_`;
  Object.assign(process.env, {
    KAFKA_BROKERS: infra.kafkaBrokers,
    MONGODB_URI: infra.mongodbUri,
    DATABASE_PREFIX: prefix,
    KAFKA_TOPIC_PREFIX: `bench${run}.`,
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    LOG_LEVEL: 'error',
    AUTH_PUBLIC_KEY: keys.publicKey,
    PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
  });
  return { infra, keys, prefix, run };
}

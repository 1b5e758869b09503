import { newKeyPair } from '@ikiraro/auth';
import { randomBytes } from 'node:crypto';
import { startTestInfra, type TestInfra } from './infra.ts';

declare global {
  var __ikiraroTestInfra: TestInfra | undefined;
}

/** Jest globalSetup: one Kafka and one database for the whole run; test files share them, isolated by name. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const infra = await startTestInfra();
  globalThis.__ikiraroTestInfra = infra;
  // Test workers are started after this and inherit the environment.
  process.env.KAFKA_BROKERS = infra.kafkaBrokers;
  process.env.MONGODB_URI = infra.mongodbUri;
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  // One signing key for the run: the gateway signs with it, services verify, tests sign their own callers.
  const keys = await newKeyPair();
  process.env.AUTH_PUBLIC_KEY = Buffer.from(keys.publicKey).toString('base64');
  process.env.AUTH_PRIVATE_KEY = Buffer.from(keys.privateKey).toString('base64');
  process.env.PERSONAL_DATA_KEY = randomBytes(32).toString('base64');
  console.log(`\n[test infra] ${infra.source}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

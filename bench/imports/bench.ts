// npm run bench:import — not part of the test suite. Prints how long outreach takes to check (dry run) and to
// import a diaspora-mapping list of 5,000 rows over HTTP on a real FerretDB and Kafka, against a baseline
// measured in the same run: one raw insertMany of 5,000 plain documents into a scratch collection.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestInfra } from '@ikiraro/testing';
import { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';

const rowsWanted = Number(process.env.BENCH_ROWS ?? 5000);

const infra = await startTestInfra();
const { newKeyPair, readPrivateKey, signAccessToken } = await import('@ikiraro/auth');
const keys = await newKeyPair();
const run = randomBytes(3).toString('hex');
Object.assign(process.env, {
  KAFKA_BROKERS: infra.kafkaBrokers,
  MONGODB_URI: infra.mongodbUri,
  DATABASE_PREFIX: `bench${run}_`,
  KAFKA_TOPIC_PREFIX: `bench${run}.`,
  KAFKAJS_NO_PARTITIONER_WARNING: '1',
  LOG_LEVEL: 'error',
  AUTH_PUBLIC_KEY: keys.publicKey,
});
const { createService } = await import('@ikiraro/service-defaults');
const { AggregateStore } = await import('@ikiraro/messaging');
const { AppModule } = await import('../../services/outreach/src/app.module.ts');
const { CAMPAIGN } = await import('../../services/outreach/src/campaigns/campaign.ts');
const { COLUMNS } = await import('../../services/outreach/src/imports/import-file.rules.ts');

const row = (n: number) =>
  [
    `Jean${n}`,
    'Habimana',
    `person${n}@example.org`,
    '+32 470 12 34 56',
    n % 2 ? 'BE' : 'DE',
    'master',
    'Electrical engineering',
    'Université libre de Bruxelles',
    '2010',
    'Renewable energy;Electronics',
    String(n % 40),
    'fr;en;rw',
    n % 2 ? 'female' : 'male',
  ]
    .map((v) => `"${v}"`)
    .join(',');
const csv = [COLUMNS.join(','), ...Array.from({ length: rowsWanted }, (_, i) => row(i))].join('\n') + '\n';

async function rawInsertMany(count: number) {
  const client = await new MongoClient(infra.mongodbUri).connect();
  const collection = client.db(`bench${run}_scratch`).collection('docs');
  const documents = Array.from({ length: count }, (_, i) => ({
    _id: `person${i}@example.org`,
    memberId: uuidv7(),
    firstName: `Jean${i}`,
    lastName: 'Habimana',
    subjects: ['Renewable energy', 'Electronics'],
  }));
  const started = performance.now();
  await collection.insertMany(documents as never[], { ordered: false });
  const ms = performance.now() - started;
  await client.close();
  return ms;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;

try {
  console.log(
    `infrastructure: ${infra.source}; ${rowsWanted} rows, ${(csv.length / 1024).toFixed(0)} KiB of CSV`,
  );
  const app = await createService(AppModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const campaignId = uuidv7();
  await app
    .get(AggregateStore)
    .of<{ name: string; office: 'BE'; status: 'live' }>(CAMPAIGN)
    .create(campaignId, { name: 'Bench mapping list', office: 'BE', status: 'live' });
  const token = await signAccessToken(
    {
      id: uuidv7(),
      email: 'officer@bench.test',
      name: 'Bench officer',
      roles: ['outreach-officer'],
      office: 'BE',
    },
    await readPrivateKey(keys.privateKey),
    3600,
  );
  const post = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${url}${path}?campaignId=${campaignId}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: csv,
    });
    const body = (await response.json()) as Record<string, unknown>;
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return { ms, body };
  };

  const baseline = await rawInsertMany(rowsWanted);
  const dryRun = await post('/imports/dry-run');
  const imported = await post('/imports');
  const again = await post('/imports');
  const { created, updated, unchanged, skipped } = imported.body;
  console.log(
    `dry run:   ${JSON.stringify({ ...dryRun.body, errors: (dryRun.body.errors as unknown[]).length, duplicates: (dryRun.body.duplicates as unknown[]).length })}`,
  );
  console.log(`import:    ${JSON.stringify({ created, updated, unchanged, skipped })}`);
  console.log(`re-import: ${JSON.stringify(again.body)}`);

  // Not part of the import's time: the relay then moves each new member into the `members` projection.
  const relayStarted = performance.now();
  const db = (await new MongoClient(infra.mongodbUri).connect()).db(`bench${run}_outreach`);
  while (
    (await db.collection('outbox_pending').countDocuments()) > 0 &&
    performance.now() - relayStarted < 300_000
  )
    await sleep(200);
  const relayMs = performance.now() - relayStarted;

  console.log(`\n${rowsWanted} rows, one HTTP request each step:`);
  console.log(`  raw insertMany of ${rowsWanted} plain documents  ${seconds(baseline)}   (baseline)`);
  console.log(
    `  dry run                                  ${seconds(dryRun.ms)}   ratio ${(dryRun.ms / baseline).toFixed(1)}×`,
  );
  console.log(
    `  import                                   ${seconds(imported.ms)}   ratio ${(imported.ms / baseline).toFixed(1)}×   ${(rowsWanted / (imported.ms / 1000)).toFixed(0)} rows/s   (target < 30 s)`,
  );
  console.log(`  same list again (nothing to change)      ${seconds(again.ms)}`);
  const drained = (await db.collection('outbox_pending').countDocuments()) === 0;
  console.log(
    `  relay: the import's changes published and projected ${drained ? `after a further ${seconds(relayMs)}` : `not yet after ${seconds(relayMs)}`}`,
  );
  await app.close();
} finally {
  await infra.stop();
}
process.exit(0);

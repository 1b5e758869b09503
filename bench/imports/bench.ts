// npm run bench:import — not part of the test suite (its smoke run is e2e/bench/imports.e2e-spec.ts). Imports a
// diaspora-mapping list over HTTP into outreach on a real FerretDB and Kafka: fresh, then the same list again
// (nothing to change), and how long the changes take to show in GET /members. Baselines measured in the same
// run on the same store: one raw insertMany of as many member-sized documents (for the fresh import), one raw
// read of them all (for the re-import, which must read every member once and write nothing).
//   BENCH_ROWS (5000)       rows of the list
//   BENCH_LARGE_ROWS (0)    also import a list of that many rows (e.g. 50000) into a second campaign
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { startBenchEnv } from '../bench-env.ts';

const rowsWanted = Number(process.env.BENCH_ROWS ?? 5000);
const largeRows = Number(process.env.BENCH_LARGE_ROWS ?? 0);
/** How long the bench waits for GET /members to show an import before it says "not yet". */
const visibleWithinMs = Number(process.env.BENCH_VISIBLE_WAIT_MS ?? 120_000);

const { infra, keys, prefix } = await startBenchEnv();
const { readPrivateKey, signAccessToken } = await import('@ikiraro/auth');
const { createService } = await import('@ikiraro/service-defaults');
const { AggregateStore } = await import('@ikiraro/messaging');
const { AppModule } = await import('../../services/outreach/src/app.module.ts');
const { CAMPAIGN } = await import('../../services/outreach/src/campaigns/campaign.ts');
const { COLUMNS } = await import('../../services/outreach/src/imports/import-file.rules.ts');
const { MEMBER, MEMBER_EMAILS } = await import('../../services/outreach/src/members/member.ts');

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
const csvOf = (from: number, count: number) =>
  [COLUMNS.join(','), ...Array.from({ length: count }, (_, i) => row(from + i))].join('\n') + '\n';

/** Documents the size and shape of a stored member, so the baseline moves as many bytes. */
const memberLike = (i: number) => ({
  _id: uuidv7(),
  status: 'imported',
  campaignId: uuidv7(),
  channel: 'mapping-import',
  office: 'BE',
  firstName: `Jean${i}`,
  lastName: 'Habimana',
  email: `person${i}@example.org`,
  phone: '+32 470 12 34 56',
  countryOfResidence: 'BE',
  qualifications: [
    { level: 'master', field: 'Electrical engineering', institution: 'Université libre', year: 2010 },
  ],
  subjects: ['Renewable energy', 'Electronics'],
  yearsOfExperience: i % 40,
  languages: ['fr', 'en', 'rw'],
  availability: [],
  gender: 'female',
  consent: null,
  createdAt: new Date().toISOString(),
  version: 1,
});

const client = await new MongoClient(infra.mongodbUri).connect();
const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
};

async function baselines(count: number) {
  const collection = client.db(`${prefix}scratch`).collection('docs');
  const insert = await timed(() =>
    collection.insertMany(Array.from({ length: count }, (_, i) => memberLike(i)) as never[], {
      ordered: false,
    }),
  );
  const read = await timed(() => collection.find({}).toArray());
  return { insertMs: insert.ms, readMs: read.ms };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
const ratio = (ms: number, baseline: number) => `ratio ${(ms / baseline).toFixed(1).padStart(5)}×`;
const line = (label: string, text: string) => console.log(`  ${label.padEnd(47)}${text}`);

try {
  const csv = csvOf(0, rowsWanted);
  console.log(
    `infrastructure: ${infra.source}; ${rowsWanted} rows, ${(csv.length / 1024).toFixed(0)} KiB of CSV`,
  );
  const app = await createService(AppModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const store = app.get(AggregateStore);
  const newCampaign = async () => {
    const id = uuidv7();
    await store
      .of<{ name: string; office: 'BE'; status: 'live' }>(CAMPAIGN)
      .create(id, { name: 'Bench mapping list', office: 'BE', status: 'live' });
    return id;
  };
  const token = await signAccessToken(
    { id: uuidv7(), email: 'officer@bench.test', name: 'Bench officer', roles: ['admin'] },
    await readPrivateKey(keys.privateKey),
    3600,
  );
  const call = async (method: string, path: string, body?: string) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body,
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status !== 200)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const post = (path: string, campaignId: string, body: string) =>
    timed(() => call('POST', `${path}?campaignId=${campaignId}`, body));
  /** From now until staff's list (GET /members, the relay's projection) shows `count` members of the campaign. */
  const visible = async (campaignId: string, count: number) => {
    const started = performance.now();
    for (;;) {
      const { total } = await call('GET', `/members?campaignId=${campaignId}&pageSize=1`);
      if (total === count) return { ms: performance.now() - started, seen: true };
      if (performance.now() - started > visibleWithinMs)
        return { ms: performance.now() - started, seen: false };
      await sleep(1_000); // each look reads the whole projection: a tighter loop would slow the relay it measures
    }
  };
  const shown = (v: { ms: number; seen: boolean }) =>
    v.seen ? `${seconds(v.ms)}   (target < 30 s)` : `not all after ${seconds(v.ms)}`;

  const base = await baselines(rowsWanted);
  const campaignId = await newCampaign();
  const dryRun = await post('/imports/dry-run', campaignId, csv);
  const imported = await post('/imports', campaignId, csv);
  const propagated = await visible(campaignId, rowsWanted);
  const again = await post('/imports', campaignId, csv);
  const { created, updated, unchanged, skipped } = imported.value;
  const errors = (dryRun.value.errors as unknown[]).length;
  const duplicates = (dryRun.value.duplicates as unknown[]).length;
  console.log(`dry run:   ${JSON.stringify({ ...dryRun.value, errors, duplicates })}`);
  console.log(`import:    ${JSON.stringify({ created, updated, unchanged, skipped })}`);
  console.log(`re-import: ${JSON.stringify(again.value)}`);

  // The reads a re-import makes, one by one, so that a slow one can be named.
  const db = client.db(`${prefix}outreach`);
  const emailKeys = await timed(() => db.collection<{ memberId: string }>(MEMBER_EMAILS).find({}).toArray());
  const projection = await timed(() => db.collection('members').find({}).toArray());
  const ids = emailKeys.value.map((k) => k.memberId);
  const loadMany = await timed(() => store.of(MEMBER).loadMany(ids));

  console.log(`\n${rowsWanted} rows, one HTTP request each step:`);
  line(`raw insertMany of ${rowsWanted} member-sized documents`, `${seconds(base.insertMs)}   (baseline)`);
  line(`raw read of those ${rowsWanted} documents`, `${seconds(base.readMs)}   (baseline)`);
  line('dry run', `${seconds(dryRun.ms)}   ${ratio(dryRun.ms, base.readMs)} the raw read`);
  line(
    'import',
    `${seconds(imported.ms)}   ${ratio(imported.ms, base.insertMs)} the raw insert   ${(rowsWanted / (imported.ms / 1000)).toFixed(0)} rows/s`,
  );
  line(
    're-import of the unchanged list',
    `${seconds(again.ms)}   ${ratio(again.ms, base.readMs)} the raw read   (target < 5 s)`,
  );
  line('relay: import returned → all in GET /members', shown(propagated));
  console.log(`\nreads of a re-import, one by one (${rowsWanted} members):`);
  line('member_emails, whole collection', `${seconds(emailKeys.ms)}   ${ratio(emailKeys.ms, base.readMs)}`);
  line(
    'members projection, whole collection',
    `${seconds(projection.ms)}   ${ratio(projection.ms, base.readMs)}`,
  );
  line(
    `AggregateStore loadMany of ${ids.length} members`,
    `${seconds(loadMany.ms)}   ${ratio(loadMany.ms, base.readMs)}`,
  );

  if (largeRows > 0) {
    const large = csvOf(1_000_000, largeRows);
    const largeCampaign = await newCampaign();
    const largeBase = await baselines(largeRows);
    const result = await post('/imports', largeCampaign, large);
    const shownAfter = await visible(largeCampaign, largeRows);
    console.log(
      `\n${largeRows} rows, ${(large.length / 1024 / 1024).toFixed(1)} MiB of CSV (the gateway takes 16 MiB):`,
    );
    console.log(`import:    ${JSON.stringify(result.value)}`);
    line(
      `raw insertMany of ${largeRows} member-sized documents`,
      `${seconds(largeBase.insertMs)}   (baseline)`,
    );
    line('import', `${seconds(result.ms)}   ${ratio(result.ms, largeBase.insertMs)} the raw insert`);
    line('relay: import returned → all in GET /members', shown(shownAfter));
  }
  await app.close();
} finally {
  // On an external store (the test suite's), leave nothing behind.
  for (const name of ['outreach', 'scratch'])
    await client
      .db(`${prefix}${name}`)
      .dropDatabase()
      .catch(() => undefined);
  await client.close();
  await infra.stop();
}
process.exit(0);

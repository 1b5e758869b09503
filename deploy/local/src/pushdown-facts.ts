// What FerretDB pushes down to its backend, and whether concurrent updates of one document hold (ADR 3):
//   npm run infra -- up && node --import @swc-node/register/esm-register deploy/local/src/pushdown-facts.ts [uri]
// Prints explain's pushdown flags, the backend's plan and a median time per query over 20,000 documents.
import { type Document, type Filter, MongoClient, type Sort } from 'mongodb';

const uri = process.argv[2] ?? 'mongodb://127.0.0.1:27017/?retryWrites=false&directConnection=true';
const client = new MongoClient(uri);
await client.connect();
const db = client.db('ikiraro_pushdown_facts');
await db.dropDatabase();
/** String ids, as our services use. */
interface Doc extends Document {
  _id: string;
}
const docs = db.collection<Doc>('docs');
const N = 20_000;
const id = (i: number) => `d${String(i).padStart(6, '0')}`;
for (let i = 0; i < N; i += 1000) {
  await docs.insertMany(
    Array.from({ length: 1000 }, (_, k) => ({
      _id: id(i + k),
      n: i + k,
      group: `g${(i + k) % 100}`,
      tag: `t${i + k}`,
      nested: { k: (i + k) % 10 },
    })),
  );
}
await docs.createIndex({ group: 1 });
await docs.createIndex({ n: 1 });
await docs.createIndex({ tag: 1 }, { unique: true });
const some = Array.from({ length: 20 }, (_, k) => k * 997);

const queries: [string, Filter<Doc>, Sort?, number?][] = [
  ['{_id: v}', { _id: id(12345) }],
  ['{_id: {$eq: v}}', { _id: { $eq: id(12345) } }],
  ['{group: v} (indexed, 200 rows)', { group: 'g42' }],
  ['{tag: v} (unique index)', { tag: 't12345' }],
  ['{n: 12345} (indexed number)', { n: 12345 }],
  ['{group: v, tag: w}', { group: 'g42', tag: 't42' }],
  ['{group: {$ne: v}}', { group: { $ne: 'g1' } }],
  ["{'nested.k': 3}", { 'nested.k': 3 }],
  ['{_id: {$in: [20]}}', { _id: { $in: some.map(id) } }],
  ['{tag: {$in: [20]}}', { tag: { $in: some.map((i) => `t${i}`) } }],
  ['{n: {$gt: 19990}}', { n: { $gt: 19990 } }],
  ['{_id: {$gte: v}}', { _id: { $gte: id(19990) } }],
  ['{$or: [{_id}, {_id}]}', { $or: [{ _id: id(1) }, { _id: id(2) }] }],
  ['{$and: [{_id}, {group}]}', { $and: [{ _id: id(42) }, { group: 'g42' }] }],
  ['{} limit 10', {}, undefined, 10],
  ['{} sort _id limit 10', {}, { _id: 1 }, 10],
  ['{} sort n desc limit 10', {}, { n: -1 }, 10],
  ['{group} sort n desc limit 10', { group: 'g42' }, { n: -1 }, 10],
];

const nodes = (plan: Document | undefined): string[] =>
  plan
    ? [
        plan['Index Name'] ? `${plan['Node Type']}(${plan['Index Name']})` : String(plan['Node Type']),
        ...((plan.Plans as Document[] | undefined) ?? []).flatMap(nodes),
      ]
    : [];

async function median(run: () => Promise<unknown>, times = 9): Promise<number> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)];
}

console.log(
  `${'full scan, all documents'.padEnd(32)} ${(await median(() => docs.find({}).toArray(), 3)).toFixed(0)} ms`,
);
for (const [name, filter, sort, limit] of queries) {
  const find = () => {
    const cursor = docs.find(filter);
    if (sort) cursor.sort(sort);
    if (limit) cursor.limit(limit);
    return cursor;
  };
  const e = await find().explain();
  const flags = `filter=${e.filterPushdown} sort=${e.sortPushdown} limit=${e.limitPushdown}`;
  const plan = nodes((e.queryPlanner as Document | undefined)?.Plan as Document | undefined).join('>') || '-';
  const rows = (await find().toArray()).length;
  const ms = await median(() => find().toArray());
  console.log(`${name.padEnd(32)} ${flags.padEnd(36)} ${plan.padEnd(16)} rows=${rows} ${ms.toFixed(1)} ms`);
}

// 50 concurrent writers of one document: what MongoDB would count as 50, 1, 1 and 1.
const one = db.collection<Doc>('one');
await one.insertOne({ _id: 'one', n: 0, v: 0 });
await Promise.all(Array.from({ length: 50 }, () => one.updateOne({ _id: 'one' }, { $inc: { n: 1 } })));
console.log(`50 concurrent $inc: n = ${(await one.findOne({ _id: 'one' }))!.n}`);
const cas = await Promise.all(
  Array.from({ length: 50 }, (_, i) => one.updateOne({ _id: 'one', v: 0 }, { $set: { v: 1, by: i } })),
);
console.log(
  `50 concurrent updateOne({v: 0} -> {v: 1}): modified ${cas.reduce((s, r) => s + r.modifiedCount, 0)}`,
);
await one.updateOne({ _id: 'one' }, { $set: { v: 0 } });
const claims = await Promise.all(
  Array.from({ length: 50 }, (_, i) => one.findOneAndUpdate({ _id: 'one', v: 0 }, { $set: { v: 1, by: i } })),
);
console.log(`50 concurrent findOneAndUpdate claims: ${claims.filter((c) => c !== null).length} won`);
const inserts = await Promise.allSettled(
  Array.from({ length: 50 }, () => db.collection<Doc>('same').insertOne({ _id: 'same' })),
);
console.log(
  `50 concurrent inserts of one _id: ${inserts.filter((r) => r.status === 'fulfilled').length} succeeded`,
);
await db.dropDatabase();
await client.close();

// npm run bench:events — not part of the test suite. Prints throughput and end-to-end latency of
// (a) our event backbone and (b) a naive NestJS pipeline, on the same broker and database in the same run,
// their ratio, and the ceilings of raw kafkajs and raw inserts measured alongside.
import { setTimeout as sleep } from 'node:timers/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport } from '@nestjs/microservices';
import { startBenchEnv } from '../bench-env.ts';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';

const settings = {
  throughputEvents: Number(process.env.BENCH_EVENTS ?? 3000),
  warmupEvents: Number(process.env.BENCH_WARMUP_EVENTS ?? 300),
  /** Events of the raw kafkajs ceiling; a quarter as many raw inserts. */
  ceilingEvents: Number(process.env.BENCH_CEILING_EVENTS ?? 20_000),
  concurrency: 32,
  offeredRate: Number(process.env.BENCH_RATE ?? 200),
  latencySeconds: Number(process.env.BENCH_SECONDS ?? 15),
};

const { infra, run } = await startBenchEnv();
const brokers = infra.kafkaBrokers.split(',');
const apps = await import('./apps.ts');
const { createService } = await import('@ikiraro/service-defaults');
const { AggregateStore, event } = await import('@ikiraro/messaging');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function waitFor(arrived: () => number, count: number, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (arrived() < count) {
    if (Date.now() > deadline) throw new Error(`only ${arrived()} of ${count} events arrived`);
    await sleep(5);
  }
}

/** Max rate: `count` commands, `concurrency` at a time; events per second until the last one is written. */
async function throughput(
  send: (n: number) => Promise<void>,
  arrivals: number[],
  first: number,
  count: number,
) {
  const before = arrivals.length;
  const started = Date.now();
  let next = first;
  await Promise.all(
    Array.from({ length: settings.concurrency }, async () => {
      while (next < first + count) await send(next++);
    }),
  );
  await waitFor(() => arrivals.length - before, count);
  return count / ((Date.now() - started) / 1000);
}

/** Fixed offered load: one command every 1/rate s for the given time; latency of each event end to end. */
async function latency(send: (n: number) => Promise<void>, arrivals: number[], first: number) {
  const count = settings.offeredRate * settings.latencySeconds;
  const before = arrivals.length;
  const started = Date.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / settings.offeredRate;
    if (due > Date.now()) await sleep(due - Date.now());
    pending.push(send(first + i));
  }
  await Promise.all(pending);
  await waitFor(() => arrivals.length - before, count);
  const measured = arrivals.slice(before);
  return { p50: percentile(measured, 50), p99: percentile(measured, 99), max: Math.max(...measured) };
}

async function rawKafka(count = settings.ceilingEvents) {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const topic = `bench${run}.raw`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `bench${run}-raw` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let received = 0;
  await consumer.run({ partitionsConsumedConcurrently: 3, eachMessage: async () => void received++ });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const started = Date.now();
  for (let i = 0; i < count; i += 500) {
    const messages = Array.from({ length: Math.min(500, count - i) }, (_, j) => ({
      key: String(i + j),
      value: JSON.stringify({ n: i + j }),
    }));
    await producer.send({ topic, acks: -1, messages });
  }
  await waitFor(() => received, count);
  const rate = count / ((Date.now() - started) / 1000);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return rate;
}

async function rawInserts(count = Math.max(100, settings.ceilingEvents / 4)) {
  const client = await new MongoClient(infra.mongodbUri).connect();
  const collection = client.db(`bench${run}_raw`).collection<{ _id: number }>('docs');
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: settings.concurrency }, async () => {
      while (next < count) await collection.insertOne({ _id: next++ });
    }),
  );
  const rate = count / ((Date.now() - started) / 1000);
  await client.close();
  return rate;
}

async function pipeline(name: 'ours' | 'naive') {
  const opened: INestApplicationContext[] = [];
  let send: (n: number) => Promise<void>;
  if (name === 'ours') {
    const producer = await createService(apps.OursProducerModule, { logger: false });
    opened.push(producer, await createService(apps.OursConsumerModule, { logger: false }));
    const items = producer.get(AggregateStore).of<{ n: number }>('item');
    send = async (n) => {
      await items.create(`i${n}`, { n }, [event(apps.ItemRecorded, { n, sentAt: Date.now() })]);
    };
  } else {
    const { NaiveProducerModule, NaiveConsumerModule } = apps.naiveModules(infra.mongodbUri, brokers);
    const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: apps.naiveTopic, numPartitions: 3 }],
      waitForLeaders: true,
    });
    await admin.disconnect();
    const producer = await NestFactory.createApplicationContext(NaiveProducerModule, { logger: false });
    const consumer = await NestFactory.createMicroservice(NaiveConsumerModule, {
      logger: ['error', 'warn'],
      transport: Transport.KAFKA,
      options: {
        client: { brokers, clientId: 'naive' },
        consumer: { groupId: `bench${run}-naive` },
        subscribe: { fromBeginning: true },
      },
    });
    await consumer.listen();
    opened.push(producer, consumer);
    const naive = producer.get(apps.NaiveProducer);
    send = (n) => naive.record(n, Date.now());
  }
  const arrivals = apps.arrivals[name];
  await throughput(send, arrivals, 0, settings.warmupEvents); // warm-up: connections, group join, JIT
  const rate = await throughput(send, arrivals, settings.warmupEvents, settings.throughputEvents);
  const lat = await latency(send, arrivals, 1_000_000);
  await Promise.all(opened.map((app) => app.close()));
  return { rate, ...lat };
}

try {
  console.log(`infrastructure: ${infra.source}`);
  const kafkaCeiling = await rawKafka();
  const insertCeiling = await rawInserts();
  console.log(
    `ceilings measured: kafkajs ${kafkaCeiling.toFixed(0)} /s, inserts ${insertCeiling.toFixed(0)} /s`,
  );
  const naive = await pipeline('naive');
  console.log(`naive measured: ${JSON.stringify(naive)}`);
  const ours = await pipeline('ours');
  console.log(`ours measured: ${JSON.stringify(ours)}`);
  const f = (x: number) => x.toFixed(0).padStart(8);
  console.log(
    `\nthroughput (${settings.throughputEvents} events, ${settings.concurrency} commands in flight), events/s:`,
  );
  console.log(`  raw kafkajs produce→consume ${f(kafkaCeiling)}   (ceiling)`);
  console.log(`  raw database inserts        ${f(insertCeiling)}   (ceiling)`);
  console.log(`  (b) naive NestJS            ${f(naive.rate)}`);
  console.log(`  (a) ours                    ${f(ours.rate)}`);
  console.log(
    `  ratio a/b                   ${(ours.rate / naive.rate).toFixed(2).padStart(8)}   (target ≥ 0.70)`,
  );
  console.log(
    `\nend-to-end latency at ${settings.offeredRate} events/s offered for ${settings.latencySeconds} s, ms:`,
  );
  console.log(`  (b) naive NestJS   p50 ${f(naive.p50)}   p99 ${f(naive.p99)}   max ${f(naive.max)}`);
  console.log(
    `  (a) ours           p50 ${f(ours.p50)}   p99 ${f(ours.p99)}   max ${f(ours.max)}   (target p99 < 250)`,
  );
} finally {
  await infra.stop();
}
process.exit(0);

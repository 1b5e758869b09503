import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigResourceTypes } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { randomBytes } from 'node:crypto';
import { deadLetterTopic } from './consumer/dead-letter.ts';
import { Inbox } from './consumer/inbox.ts';
import { KafkaConnection } from './kafka.connection.ts';
import type { MessagingOptions } from './messaging.options.ts';

// Nothing is kept for the broker's default or for ever: topics get an explicit retention (dead letters twice
// as long), and an inbox forgets what is older than its retention.
const run = randomBytes(3).toString('hex');
const options = {
  service: 'keeper',
  brokers: process.env.KAFKA_BROKERS!.split(','),
  topicPrefix: `retention-${run}.`,
  partitions: 1,
  retentionDays: 3,
} as MessagingOptions;
const mongo = new MongoClient(process.env.MONGODB_URI!);
const kafka = new KafkaConnection(options);

beforeAll(() => mongo.connect());
afterAll(async () => {
  await kafka.onApplicationShutdown();
  await mongo.close();
});

describe('retention', () => {
  it('creates topics with an explicit retention, dead-letter topics with twice that', async () => {
    const events = `${options.topicPrefix}ikiraro.keeper.thing`;
    const letters = deadLetterTopic(options.topicPrefix, 'keeper');
    await kafka.ensureTopics([events, letters]);
    const admin = kafka.kafka.admin();
    await admin.connect();
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [events, letters].map((name) => ({
        type: ConfigResourceTypes.TOPIC,
        name,
        configNames: ['retention.ms'],
      })),
    });
    await admin.disconnect();
    const day = 24 * 3_600_000;
    expect(resources.map((r) => [r.resourceName, r.configEntries[0]?.configValue])).toEqual([
      [events, String(3 * day)],
      [letters, String(6 * day)],
    ]);
  });

  it('forgets inbox entries and claims older than the cut-off, and keeps newer ones', async () => {
    const db = mongo.db(`${process.env.DATABASE_PREFIX}retention`);
    const inbox = new Inbox(db, 'keeper');
    const old = new Date(Date.now() - 20 * 86_400_000);
    await db.collection('inbox').insertOne({ _id: 'keeper:old' as never, type: 'x', handledAt: old });
    await db.collection('inbox_claims').insertOne({ _id: 'keeper:old' as never, claimedAt: old });
    await inbox.claim(['new']);
    await inbox.add([{ id: 'new', type: 'x' }]);
    await inbox.purge(new Date(Date.now() - 14 * 86_400_000));
    const ids = async (name: string) => (await db.collection(name).find({}).toArray()).map((d) => d._id);
    expect(await ids('inbox')).toEqual(['keeper:new']);
    expect(await ids('inbox_claims')).toEqual(['keeper:new']);
  });
});

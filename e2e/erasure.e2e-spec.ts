import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberProfileUpdated, MemberRegistered } from '@ikiraro/contracts';
import { deadLetterTopic, readDeadLetters, replayDeadLetter } from '@ikiraro/messaging';
import {
  envelopeOf,
  eventually,
  type MailCatcher,
  publishRaw,
  sealData,
  startMailCatcher,
} from '@ikiraro/testing';
import { Kafka, logLevel } from 'kafkajs';
import { BSON, MongoClient } from 'mongodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';
import type { Campaign } from '../services/outreach/src/campaigns/campaign.ts';
import { storeCampaign } from '../services/outreach/src/campaigns/campaigns.testing.ts';
import { pm, selectionSteps } from '../services/selection/src/applications/selection.testing.ts';
import { type Platform, startPlatform } from './platform.ts';

// Erasure, provably: a person registers and applies with values found nowhere else, staff erase them on
// request, and then every topic read from the beginning with a raw Kafka client and every collection of every
// database holds none of those values in clear. A late copy of their registration does not bring them back.
const distinctive = {
  firstName: 'Zephyrinequa',
  lastName: 'Nyirabaroqx',
  email: 'zephyrinequa.nyirabaroqx@example.org',
  phone: '+32 470 98 76 54',
  field: 'Hydroponic qxmechatronics',
  institution: 'Institut Qwertzbach',
  subject: 'Qwertzology',
  motivation: 'I ran the Qwertzology workshop at Zephyr Lab for twelve years.',
};
const values = Object.values(distinctive).flatMap((v) => [v, v.toLowerCase()]);
const present = (text: string) => values.filter((v) => text.includes(v));

describe('erasure of a person', () => {
  let platform: Platform;
  let mail: MailCatcher;
  let memberId = '';

  beforeAll(async () => {
    mail = await startMailCatcher();
    process.env.SMTP_URL = mail.url;
    platform = await startPlatform();
  });
  afterAll(async () => {
    await platform.close();
    await mail.stop();
  });

  it('leaves no readable copy anywhere, certifies it, and is not undone by a late event', async () => {
    const { outreach, selection } = platform.services;
    const steps = selectionSteps(selection);

    // A live campaign, and the person registers through it and follows the e-mailed link.
    await storeCampaign(outreach, {
      name: 'Erasure',
      office: 'BE',
      status: 'live',
      slug: 'erasure-2027',
      channels: ['event'],
    } as Campaign);
    const mongo = new MongoClient(process.env.MONGODB_URI!);
    const since = new Date();
    const submitted = await outreach.request('POST', '/public/registrations', {
      campaign: 'erasure-2027',
      channel: 'event',
      firstName: distinctive.firstName,
      lastName: distinctive.lastName,
      email: distinctive.email,
      phone: distinctive.phone,
      countryOfResidence: 'BE',
      qualifications: [
        { level: 'master', field: distinctive.field, institution: distinctive.institution, year: 2014 },
      ],
      subjects: [distinctive.subject],
      yearsOfExperience: 12,
      languages: ['rw', 'en'],
      availability: [{ from: '2027-03-01', to: '2027-06-30' }],
      // A code of the programme's closed list, so no value of its own to look for; sealed like the rest.
      gender: 'other',
      consent: { programme: true, opportunities: true, textVersion: '2026-11' },
      locale: 'en',
      website: '',
      startedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(submitted.status).toBe(202);
    const link = new URL((await mail.waitFor(distinctive.email, { since })).links[0]!);
    const verified = await outreach.request('POST', '/public/registrations/verify', {
      token: link.searchParams.get('token'),
    });
    expect(verified.status).toBe(200);
    memberId = (verified.body as { memberId: string }).memberId;

    // Selection receives the profile, and the person applies with a motivation.
    await eventually(async () =>
      expect(
        await steps
          .db()
          .collection('members')
          .findOne({ _id: memberId as never }),
      ).not.toBeNull(),
    );
    const torId = await steps.published(); // the ToR's own words are not the person's
    const who = { id: memberId, name: `${distinctive.firstName} ${distinctive.lastName}`, roles: ['member'] };
    const applied = await selection.request(
      'POST',
      '/member/applications',
      { torId, motivation: distinctive.motivation },
      { as: who as never },
    );
    expect(applied.status).toBe(201);
    const applicationId = (applied.body as { id: string }).id;
    const seen = await selection.request('GET', `/applications/${applicationId}`, undefined, { as: pm });
    expect(seen.body).toMatchObject({ applicantName: who.name, motivation: distinctive.motivation });

    // A broken update of their profile goes to selection's dead-letter topic, sealed like every event.
    const profileTopic = `${process.env.KAFKA_TOPIC_PREFIX}${MemberRegistered.topic}`;
    const broken = { memberId, profile: { qualificationField: distinctive.field }, availability: [] };
    const brokenEvent = envelopeOf(
      MemberProfileUpdated,
      memberId,
      await sealData(MemberProfileUpdated, broken),
    );
    await publishRaw(profileTopic, [{ key: memberId, value: JSON.stringify(brokenEvent) }]);
    const kafka = new Kafka({ brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });
    const deadLetters = deadLetterTopic(process.env.KAFKA_TOPIC_PREFIX!, 'selection');
    await eventually(async () =>
      expect((await rawMessages(kafka, deadLetters)).some((m) => m.includes(memberId))).toBe(true),
    );
    // The scan reads what is there: the member's id is in clear (it names no one once the rest is unreadable).
    expect(await everything(mongo, kafka)).toContain(memberId);

    // The figures count them, and keep counting them once they are erased.
    const figures = () =>
      platform.services.reporting.request('GET', '/figures/members', undefined, { as: pm });
    const counted = await eventually(async () => {
      const found = (await figures()).body as { BE: { registered: number } };
      expect(found.BE.registered).toBe(1);
      return found;
    });

    // A programme manager erases the person on request.
    const erased = await outreach.request(
      'POST',
      `/members/${memberId}/erasure`,
      { reason: 'request', note: 'asked by e-mail to the Brussels office' },
      { as: pm },
    );
    expect(erased.status).toBe(201);
    const certificate = await eventually(async () => {
      const found = await outreach.request('GET', `/members/${memberId}/erasure`, undefined, { as: pm });
      expect(found.body).toMatchObject({ complete: true });
      return found.body as { certificateId: string; confirmations: { service: string; removed: string[] }[] };
    });
    expect(certificate.confirmations).toEqual([
      expect.objectContaining({ service: 'outreach', status: 'confirmed' }),
      expect.objectContaining({
        service: 'selection',
        status: 'confirmed',
        removed: ['profile copy', '1 application'],
      }),
      expect.objectContaining({
        service: 'notifications',
        status: 'confirmed',
        removed: expect.arrayContaining(['address']),
      }),
      expect.objectContaining({ service: 'placement', status: 'confirmed', removed: ['contact details'] }),
      expect.objectContaining({ service: 'training', status: 'confirmed', removed: ['nothing held'] }),
      expect.objectContaining({ service: 'funding', status: 'confirmed', removed: ['nothing held'] }),
      // Her registration and application stay counted in the logframe, naming no one
      expect.objectContaining({
        service: 'reporting',
        status: 'confirmed',
        removed: expect.arrayContaining(['2 facts behind the figures, now naming no one']),
      }),
    ]);
    const shown = await outreach.request('GET', `/public/erasure-certificates/${certificate.certificateId}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ complete: true, reason: 'request' });
    expect(JSON.stringify(shown.body)).not.toContain(memberId);

    // The figures keep the application, anonymously.
    const after = await selection.request('GET', `/applications/${applicationId}`, undefined, { as: pm });
    expect(after.body).toMatchObject({ applicantName: null, motivation: null });

    expect((await figures()).body).toEqual(counted);

    // A late copy of the registration (a new envelope around the same sealed payload) brings nothing back.
    const original = (await rawMessages(kafka, profileTopic)).find(
      (m) => m.includes(MemberRegistered.type) && m.includes(memberId),
    )!;
    const late = { ...JSON.parse(original.split('\t')[1]!), id: uuidv7() };
    await publishRaw(profileTopic, [{ key: memberId, value: JSON.stringify(late) }]);
    const inbox = mongo.db(`${process.env.DATABASE_PREFIX}selection`).collection('inbox');
    await eventually(async () =>
      expect(await inbox.countDocuments({ _id: { $regex: late.id } } as never)).toBe(1),
    );
    expect(
      await steps
        .db()
        .collection('members')
        .findOne({ _id: memberId as never }),
    ).toBeNull();

    // Nor does replaying the dead letter: it is recorded as handled, and dead-lettered no more.
    const [letter] = (await readDeadLetters(kafka, process.env.KAFKA_TOPIC_PREFIX!, 'selection')).letters;
    await replayDeadLetter(kafka, process.env.KAFKA_TOPIC_PREFIX!, 'selection', letter!.id);
    await eventually(async () =>
      expect(await inbox.countDocuments({ _id: { $regex: brokenEvent.id } } as never)).toBe(1),
    );
    expect((await readDeadLetters(kafka, process.env.KAFKA_TOPIC_PREFIX!, 'selection')).letters).toHaveLength(
      1,
    );

    // And nowhere, in no topic (dead letters included) and no collection of any database, a value in clear.
    await eventually(async () => expect(present(await everything(mongo, kafka))).toEqual([]), 20_000);
    await mongo.close();
  }, 300_000);
});

/** Every message of every topic of this run, read raw from the beginning, and every document of every database. */
async function everything(mongo: MongoClient, kafka: Kafka): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(process.env.KAFKA_TOPIC_PREFIX!));
  await admin.disconnect();
  const parts = await rawMessages(kafka, ...topics);
  const { databases } = await mongo.db().admin().listDatabases();
  for (const { name } of databases.filter((d) => d.name.startsWith(process.env.DATABASE_PREFIX!))) {
    const db = mongo.db(name);
    for (const { name: collection } of await db.listCollections().toArray())
      for (const doc of await db.collection(collection).find({}).toArray())
        parts.push(BSON.EJSON.stringify(doc));
  }
  return parts.join('\n');
}

/**
 * Key, value and headers (tab-separated) of every message of the topics, read with one consumer from the first offset up to
 * the last one there was when it started; fails when some partition cannot be read to its end.
 */
async function rawMessages(kafka: Kafka, ...topics: string[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  const left = new Map<string, number>();
  for (const topic of topics)
    for (const p of await admin.fetchTopicOffsets(topic))
      if (Number(p.high) > Number(p.low)) left.set(`${topic}:${p.partition}`, Number(p.high));
  await admin.disconnect();
  const messages: string[] = [];
  if (left.size === 0) return messages;
  const consumer = kafka.consumer({ groupId: `scan-${uuidv7()}` });
  await consumer.connect();
  await consumer.subscribe({
    topics: [...new Set([...left.keys()].map((k) => k.slice(0, k.lastIndexOf(':'))))],
    fromBeginning: true,
  });
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const headers = Object.entries(message.headers ?? {}).map(([k, v]) => `${k}=${String(v)}`);
        messages.push([message.key?.toString(), message.value?.toString(), ...headers].join('\t'));
        const key = `${topic}:${partition}`;
        if (Number(message.offset) + 1 >= (left.get(key) ?? 0)) left.delete(key);
        if (left.size === 0) resolve();
      },
    });
  });
  await Promise.race([done, sleep(60_000)]);
  await consumer.disconnect();
  expect([...left.keys()]).toEqual([]); // every partition read to its end
  return messages;
}

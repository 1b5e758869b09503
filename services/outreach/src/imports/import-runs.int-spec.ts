import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AggregateStore } from '@ikiraro/messaging';
import { startService, tokenFor, type ServiceUnderTest } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module.ts';
import { storeCampaign } from '../campaigns/campaigns.testing.ts';
import { MEMBER, MEMBER_EMAILS, type Member } from '../members/member.ts';
import { COLUMNS } from './import-file.rules.ts';
import { fileKeyOf, IMPORT_RUNS, STALE_MS } from './import-runs.ts';

const rowOf = (n: number) =>
  [
    `Jean${n}`,
    'Habimana',
    `run${n}@example.org`,
    '',
    'BE',
    'master',
    'Electrical engineering',
    'ULB',
    '2010',
    'Electronics',
    '12',
    'fr',
    '',
  ].join(',');
const csvOf = (from: number, count: number) =>
  [COLUMNS.join(','), ...Array.from({ length: count }, (_, i) => rowOf(from + i))].join('\n') + '\n';

describe('runs of an import', () => {
  let outreach: ServiceUnderTest;
  let campaignId: string;
  const db = () => outreach.app.get<Connection>(getConnectionToken()).db!;
  const runs = () => db().collection<{ _id: string; [field: string]: unknown }>(IMPORT_RUNS);
  const members = () => outreach.app.get(AggregateStore).of<Member>(MEMBER);

  async function post(csv: string) {
    const response = await fetch(`${outreach.url}/imports?campaignId=${campaignId}`, {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        authorization: `Bearer ${await tokenFor({ roles: ['outreach-officer'], office: 'BE' })}`,
      },
      body: csv,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  /** The claim of a run as ImportRuns inserts it, for a run this test pretends another process holds. */
  const claimOf = (csv: string, generation: number, at: Date) => {
    const file = fileKeyOf(campaignId, 'apply', Buffer.from(csv));
    const run = `${file}:${generation}`;
    return { _id: run, file, run, kind: 'claim', generation, at, rows: 1 };
  };

  beforeAll(async () => {
    outreach = await startService(AppModule);
    campaignId = await storeCampaign(outreach, { name: 'Mapping 2020', office: 'BE', status: 'live' });
  });
  afterAll(() => outreach.close());

  it('answers 409 import.in_progress with the run id to a second request of the same file while the first runs', async () => {
    const csv = csvOf(0, 2000);
    const [first, second] = await Promise.all([post(csv), post(csv)]);
    const answers = [first, second].sort((a, b) => a.status - b.status);
    expect(answers.map((a) => a.status)).toEqual([200, 409]);
    expect(answers[0]!.body).toEqual({ created: 2000, updated: 0, unchanged: 0, skipped: 0 });
    const claims = await runs().find({ kind: 'claim' }).toArray();
    expect(claims).toHaveLength(1);
    expect(answers[1]!.body).toMatchObject({
      status: 409,
      code: 'import.in_progress',
      runId: claims[0]!._id,
      rows: 2000,
    });
  });

  it('imports the same file again once its run has ended: a new run, which changes nothing', async () => {
    const again = await post(csvOf(0, 2000));
    expect(again).toEqual({
      status: 200,
      body: { created: 0, updated: 0, unchanged: 2000, skipped: 0 },
    });
    expect(await runs().countDocuments({ kind: 'claim' })).toBe(2);
  });

  it('refuses a run another process holds and is beating, whoever asks', async () => {
    const csv = csvOf(5000, 1);
    const held = claimOf(csv, 1, new Date());
    await runs().insertOne(held);
    expect((await post(csv)).body).toMatchObject({ code: 'import.in_progress', runId: held._id });
    expect(
      await db()
        .collection(MEMBER_EMAILS)
        .countDocuments({ _id: 'run5000@example.org' as never }),
    ).toBe(0);
  });

  it('takes over the run of a process that crashed, and finishes what it had started', async () => {
    const csv = csvOf(6000, 2);
    // The crashed run had claimed the file and the first address, and stopped before writing its member.
    await runs().insertOne(claimOf(csv, 1, new Date(Date.now() - STALE_MS - 1_000)));
    const memberId = uuidv7();
    await db()
      .collection<{ _id: string; memberId: string; source: string }>(MEMBER_EMAILS)
      .insertOne({ _id: 'run6000@example.org', memberId, source: 'mapping-import' });

    expect(await post(csv)).toEqual({
      status: 200,
      body: { created: 2, updated: 0, unchanged: 0, skipped: 0 },
    });
    expect(await members().load(memberId)).toMatchObject({ version: 1, state: { firstName: 'Jean6000' } });
    const file = fileKeyOf(campaignId, 'apply', Buffer.from(csv));
    expect(await runs().findOne({ _id: `${file}:2:end` })).not.toBeNull();
  });
});

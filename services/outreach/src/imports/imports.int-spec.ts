import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AggregateStore } from '@ikiraro/messaging';
import { startService, tokenFor, type ServiceUnderTest, type Who } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module.ts';
import { storeMember } from '../members/members.testing.ts';
import { storeCampaign } from '../campaigns/campaigns.testing.ts';
import { MEMBER, MEMBER_EMAILS, type Member } from '../members/member.ts';
import { COLUMNS } from './import-file.rules.ts';

const officerBE: Who = { roles: ['outreach-officer'], office: 'BE' };

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;
const person = (n: number, overrides: Row = {}): Row => ({
  firstName: `Jean${n}`,
  lastName: 'Habimana',
  email: `person${n}@example.org`,
  phone: '+32 470 12 34 56',
  countryOfResidence: 'BE',
  qualificationLevel: 'master',
  qualificationField: 'Electrical engineering',
  institution: 'ULB',
  qualificationYear: '2010',
  subjects: 'Renewable energy; Electronics',
  yearsOfExperience: '12',
  languages: 'fr;en;rw',
  gender: 'male',
  ...overrides,
});
const csvOf = (rows: Row[]) =>
  [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => `"${r[c] ?? ''}"`).join(','))].join('\n') + '\n';

describe('imports of diaspora-mapping lists', () => {
  let outreach: ServiceUnderTest;
  let campaignId: string;
  const db = () => outreach.app.get<Connection>(getConnectionToken()).db!;
  const members = () => outreach.app.get(AggregateStore).of<Member>(MEMBER);
  const count = async () => ({
    outbox: await db().collection('outbox').countDocuments(),
    keys: await db().collection(MEMBER_EMAILS).countDocuments(),
  });
  const memberIdOf = async (email: string) =>
    (await db().collection<{ _id: string; memberId: string }>(MEMBER_EMAILS).findOne({ _id: email }))
      ?.memberId;

  async function post(path: string, body: string | Uint8Array, as: Who = officerBE, type = 'text/csv') {
    const response = await fetch(`${outreach.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, authorization: `Bearer ${await tokenFor(as)}` },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  /** A member stored as registration would store it (that feature is another's): aggregate and e-mail key. */
  async function seed(email: string, status: Member['status'], office: 'BE' | 'DE' = 'BE') {
    return storeMember(outreach, {
      status,
      campaignId,
      channel: 'email',
      office,
      firstName: 'Ada',
      lastName: 'Uwase',
      email,
      countryOfResidence: 'BE',
      qualifications: [{ level: 'master', field: 'Civil engineering', institution: 'KU Leuven', year: 2009 }],
      subjects: ['Construction'],
      yearsOfExperience: 9,
      languages: ['fr'],
      availability: [],
      consent: null,
      createdAt: new Date().toISOString(),
    });
  }

  beforeAll(async () => {
    outreach = await startService(AppModule);
    // Stored directly: the campaign routes are another feature's (and only the aggregate matters here).
    campaignId = await storeCampaign(outreach, { name: 'Mapping 2019', office: 'BE', status: 'live' });
  });
  afterAll(() => outreach.close());

  describe('a list with errors and duplicates', () => {
    let registeredId: string;
    let importedId: string;
    const rows = () => [
      person(1), // line 2: new
      person(2, { email: 'not-an-address', yearsOfExperience: 'ten' }), // line 3: two errors
      person(3, { email: 'PERSON1@example.org ' }), // line 4: repeats line 2
      person(4, { email: 'registered@example.org' }), // line 5: a registered member: never overwritten
      person(5, { email: 'imported@example.org', subjects: 'Mechatronics' }), // line 6: updates an imported one
    ];

    beforeAll(async () => {
      registeredId = await seed('registered@example.org', 'registered');
      importedId = await seed('imported@example.org', 'imported');
    });

    it('reports, in a dry run, every row error, the duplicates in the file and with members, and writes nothing', async () => {
      const before = await count();
      const response = await post(`/imports/dry-run?campaignId=${campaignId}`, csvOf(rows()));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        rows: 5,
        valid: 4,
        errors: [
          { row: 3, column: 'email', message: expect.any(String) },
          { row: 3, column: 'yearsOfExperience', message: expect.any(String) },
        ],
        duplicates: [
          { row: 4, email: 'person1@example.org', duplicateOf: 2 },
          { row: 5, email: 'registered@example.org', duplicateOf: 'existing' },
          { row: 6, email: 'imported@example.org', duplicateOf: 'existing' },
        ],
        wouldCreate: 1,
        wouldUpdate: 1,
        unchanged: 0,
        wouldSkip: 2,
      });
      expect(await count()).toEqual(before);
    });

    it('refuses to import a list with any row error, with the same report, and writes nothing', async () => {
      const before = await count();
      const response = await post(`/imports?campaignId=${campaignId}`, csvOf(rows()));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'import.invalid',
        rows: 5,
        valid: 4,
        wouldCreate: 1,
        errors: [
          { row: 3, column: 'email' },
          { row: 3, column: 'yearsOfExperience' },
        ],
      });
      expect(await count()).toEqual(before);
    });

    it('creates new people as imported members, updates imported ones, and leaves registered ones alone', async () => {
      const fixed = rows().filter((_, i) => i !== 1);
      const response = await post(`/imports?campaignId=${campaignId}`, csvOf(fixed));
      expect(response.body).toEqual({ created: 1, updated: 1, unchanged: 0, skipped: 2 });

      const created = await members().load((await memberIdOf('person1@example.org'))!);
      expect(created).toMatchObject({
        version: 1,
        state: {
          status: 'imported',
          channel: 'mapping-import',
          campaignId,
          office: 'BE',
          consent: null,
          firstName: 'Jean1',
          email: 'person1@example.org',
          qualifications: [
            { level: 'master', field: 'Electrical engineering', institution: 'ULB', year: 2010 },
          ],
          subjects: ['Renewable energy', 'Electronics'],
          languages: ['fr', 'en', 'rw'],
        },
      });
      // No event: an imported person is not a registered member until they confirm through the form.
      const record = await db()
        .collection<{ _id: string; events: unknown[] }>('outbox')
        .findOne({ _id: `${MEMBER}:${created!.id}:1` });
      expect(record!.events).toEqual([]);
      expect(await members().load(importedId)).toMatchObject({
        version: 2,
        state: { status: 'imported', subjects: ['Mechatronics'], firstName: 'Jean5' },
      });
      expect(await members().load(registeredId)).toMatchObject({
        version: 1,
        state: { status: 'registered', firstName: 'Ada' },
      });
    });

    it('creates nothing new when the same list is imported again', async () => {
      const before = await count();
      const response = await post(
        `/imports?campaignId=${campaignId}`,
        csvOf(rows().filter((_, i) => i !== 1)),
      );
      expect(response.body).toEqual({ created: 0, updated: 0, unchanged: 2, skipped: 2 });
      expect(await count()).toEqual(before);
    });
  });

  it("leaves another office's imported members alone, and lets an officer import only into their office", async () => {
    const otherId = await seed('other-office@example.org', 'imported', 'DE');
    const csv = csvOf([person(6, { email: 'other-office@example.org' })]);
    expect((await post(`/imports?campaignId=${campaignId}`, csv)).body).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 1,
    });
    expect((await members().load(otherId))!.version).toBe(1);
    const de = await post(`/imports/dry-run?campaignId=${campaignId}`, csv, {
      roles: ['outreach-officer'],
      office: 'DE',
    });
    expect(de).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    expect((await post('/imports/dry-run?campaignId=nope', csv)).body).toMatchObject({
      code: 'campaign.not_found',
    });
    expect((await post(`/imports/dry-run?campaignId=${campaignId}`, csv, 'trainee')).status).toBe(403);
  });

  it("tells an officer's dry run nothing about another office's people that the import itself would not", async () => {
    await seed('de.registered@example.org', 'registered', 'DE');
    await seed('de.imported@example.org', 'imported', 'DE');
    const own = await seed('be.imported@example.org', 'imported', 'BE');
    const rows = [
      person(20, { email: 'de.registered@example.org' }),
      person(21, { email: 'de.imported@example.org' }),
      person(22, { email: 'be.imported@example.org' }),
      person(23, { email: 'nobody.yet@example.org' }),
    ];
    const dryRun = await post(`/imports/dry-run?campaignId=${campaignId}`, csvOf(rows));
    expect(dryRun.status).toBe(200);
    // Only the office's own member is named; the other office's two are counted as skipped, as the import
    // itself would count them, and nothing tells them apart from any other skipped row.
    expect(dryRun.body).toEqual({
      rows: 4,
      valid: 4,
      errors: [],
      duplicates: [{ row: 4, email: 'be.imported@example.org', duplicateOf: 'existing' }],
      wouldCreate: 1,
      wouldUpdate: 1,
      unchanged: 0,
      wouldSkip: 2,
    });
    // The report a refused import returns is the same report.
    const refused = await post(
      `/imports?campaignId=${campaignId}`,
      csvOf([...rows, person(24, { email: 'broken' })]),
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toContain('de.');
    // Someone who sees every office is told about every member.
    const admin = await post(`/imports/dry-run?campaignId=${campaignId}`, csvOf(rows), 'admin');
    expect(admin.body.duplicates).toHaveLength(3);
    expect((await members().load(own))!.version).toBe(1);
  });

  it('refuses a file that is not UTF-8, not CSV, without the columns, or not sent as text/csv', async () => {
    const before = await count();
    const latin1 = Buffer.concat([
      Buffer.from(csvOf([person(7)]).replace('Jean7', 'Ren')),
      Buffer.from([0xe9]), // "é" in Latin-1: not UTF-8
    ]);
    expect((await post(`/imports?campaignId=${campaignId}`, latin1)).body).toMatchObject({
      status: 400,
      code: 'import.encoding',
    });
    const unclosed = `${COLUMNS.join(',')}\n"Jean,Habimana\n`;
    expect((await post(`/imports/dry-run?campaignId=${campaignId}`, unclosed)).body).toMatchObject({
      status: 400,
      code: 'import.malformed',
      line: 2,
    });
    const noEmail = csvOf([person(8)]).replace(',email,', ',mail,');
    expect((await post(`/imports/dry-run?campaignId=${campaignId}`, noEmail)).body).toMatchObject({
      status: 400,
      code: 'import.columns',
      missing: ['email'],
      unknown: ['mail'],
    });
    const json = await post(
      `/imports?campaignId=${campaignId}`,
      JSON.stringify({ rows: [] }),
      officerBE,
      'application/json',
    );
    expect(json.status).toBe(415);
    expect(await count()).toEqual(before);
  });

  it('reads a CSV body on the import routes only', async () => {
    const big = csvOf(Array.from({ length: 8000 }, (_, i) => person(50_000 + i))); // about 2 MB
    for (const path of [
      '/campaigns',
      '/public/campaigns/any/visits',
      '/public/registrations',
      '/public/self-service/link',
    ]) {
      const response = await post(path, big);
      expect({ path, status: response.status }).toEqual({ path, status: 415 });
      expect(response.body).toMatchObject({ code: 'request.media_type' });
    }
    const pdf = await post(
      `/imports/dry-run?campaignId=${campaignId}`,
      '%PDF-1.4\n%%EOF\n',
      officerBE,
      'application/pdf',
    );
    expect(pdf).toMatchObject({ status: 415, body: { code: 'request.media_type' } });
  });

  it('accepts a UTF-8 list with a byte-order mark and accented names', async () => {
    const csv = '\uFEFF' + csvOf([person(9, { firstName: 'Séraphine', lastName: 'Mukamana' })]);
    expect((await post(`/imports?campaignId=${campaignId}`, csv)).body).toMatchObject({ created: 1 });
    const member = await members().load((await memberIdOf('person9@example.org'))!);
    expect(member!.state.firstName).toBe('Séraphine');
  });

  // A volume check, not a speed one (bench:import measures that): room for a loaded machine, not a limit.
  it('imports a list of 5,000 rows', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => person(10_000 + i));
    const before = await count();
    const dryRun = await post(`/imports/dry-run?campaignId=${campaignId}`, csvOf(rows));
    expect(dryRun.body).toMatchObject({ rows: 5000, valid: 5000, errors: [], wouldCreate: 5000 });
    const response = await post(`/imports?campaignId=${campaignId}`, csvOf(rows));
    expect(response.body).toEqual({ created: 5000, updated: 0, unchanged: 0, skipped: 0 });
    expect(await count()).toEqual({ outbox: before.outbox + 5000, keys: before.keys + 5000 });
    const last = await members().load((await memberIdOf('person14999@example.org'))!);
    expect(last).toMatchObject({ version: 1, state: { status: 'imported', firstName: 'Jean14999' } });
  }, 240_000);
});

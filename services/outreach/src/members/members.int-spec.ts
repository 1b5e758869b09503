import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AggregateStore } from '@ikiraro/messaging';
import { eventually, startService, tokenFor, type ServiceUnderTest, type Who } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import { parse } from 'csv-parse/sync';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module.ts';
import { CVS, type StoredCv } from '../registrations/cvs.controller.ts';
import { MEMBER, type Member } from './member.ts';

const officerBE = { roles: ['outreach-officer' as const], office: 'BE' as const };

describe('registrants, for staff', () => {
  let outreach: ServiceUnderTest;
  const db = () => outreach.app.get<Connection>(getConnectionToken()).db!;
  const campaignBE = uuidv7();
  const campaignDE = uuidv7();
  const ids: Record<string, string> = {};
  const cvId = uuidv7();

  /** A member as registration (or an import) leaves it, created directly: these tests are about reading. */
  const member = (name: string, overrides: Partial<Member> = {}): Member => ({
    status: 'registered',
    campaignId: campaignBE,
    channel: 'social-media',
    office: 'BE',
    firstName: name,
    lastName: 'Mugisha',
    email: `${name.toLowerCase()}@example.org`,
    countryOfResidence: 'BE',
    qualifications: [{ level: 'master', field: 'Civil engineering', institution: 'UGent', year: 2010 }],
    subjects: ['Masonry', 'Construction'],
    yearsOfExperience: 10,
    languages: ['rw', 'fr'],
    availability: [{ from: '2027-01-10', to: '2027-02-20' }],
    consent: {
      programme: { given: true, at: '2026-11-01T10:00:00.000Z', textVersion: '2026-11' },
      opportunities: { given: false, at: '2026-11-01T10:00:00.000Z', textVersion: '2026-11' },
    },
    createdAt: '2026-11-01T10:00:00.000Z',
    verifiedAt: '2026-11-01T10:05:00.000Z',
    ...overrides,
  });

  const list = (
    query: string,
    as: Parameters<ServiceUnderTest['request']>[3] = { as: 'programme-manager' },
  ) => outreach.request('GET', `/members${query}`, undefined, as);
  const namesOf = (body: { items: { firstName: string }[] }) => body.items.map((i) => i.firstName).sort();
  /** The export is CSV, not JSON: fetched as it is. */
  const exportCsv = async (query: string, as: Who = 'programme-manager') =>
    fetch(`${outreach.url}/members/export${query}`, {
      headers: { authorization: `Bearer ${await tokenFor(as)}` },
    });

  beforeAll(async () => {
    outreach = await startService(AppModule);
    const members = outreach.app.get(AggregateStore).of<Member>(MEMBER);
    const fixtures: [string, Partial<Member>][] = [
      ['Alice', { cvId, createdAt: '2026-11-05T10:00:00.000Z', gender: 'woman' }],
      ['Bruno', { subjects: ['Plumbing'], channel: 'email', createdAt: '2026-11-04T10:00:00.000Z' }],
      [
        'Claire',
        {
          qualifications: [{ level: 'diploma', field: 'Welding', institution: 'IPRC', year: 2005 }],
          phone: '+32 470 00 00 00',
          createdAt: '2026-11-03T10:00:00.000Z',
        },
      ],
      [
        'Dieter',
        {
          office: 'DE',
          campaignId: campaignDE,
          countryOfResidence: 'DE',
          createdAt: '2026-11-02T10:00:00.000Z',
        },
      ],
      ['Ella', { office: 'DE', campaignId: campaignDE, status: 'imported', channel: 'mapping-import' }],
      ['=HYPERLINK("http://evil")', { lastName: 'Formula', createdAt: '2026-10-01T10:00:00.000Z' }],
    ];
    for (const [name, overrides] of fixtures) {
      ids[name] = uuidv7();
      await members.create(ids[name], member(name, overrides));
    }
    ids.Erased = uuidv7();
    await members.create(ids.Erased, {
      ...member('Erased'),
      status: 'erased',
      firstName: '',
      lastName: '',
      email: '',
    });
    await db()
      .collection<StoredCv>(CVS)
      .insertOne({
        _id: cvId,
        data: Buffer.from('%PDF-1.4 %%EOF'),
        size: 14,
        sha256: 'x',
        createdAt: new Date(),
      });
    // The list reads the relay's projection: wait until it holds every member.
    await eventually(async () => expect(await db().collection('members').countDocuments()).toBe(7));
  });
  afterAll(() => outreach.close());

  it('lists every member but the erased, newest first, a page at a time', async () => {
    const all = await list('');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 6, page: 1, pageSize: 25 });
    expect(all.body.items.map((i: { firstName: string }) => i.firstName).slice(0, 4)).toEqual([
      'Alice',
      'Bruno',
      'Claire',
      'Dieter',
    ]);
    expect(all.body.items[0]).toEqual({
      id: ids.Alice,
      firstName: 'Alice',
      lastName: 'Mugisha',
      email: 'alice@example.org',
      countryOfResidence: 'BE',
      subjects: ['Masonry', 'Construction'],
      yearsOfExperience: 10,
      status: 'registered',
      campaignId: campaignBE,
      channel: 'social-media',
      office: 'BE',
      createdAt: '2026-11-05T10:00:00.000Z',
    });
    const second = await list('?page=2&pageSize=2');
    expect(second.body).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(namesOf(second.body)).toEqual(['Claire', 'Dieter']);
    expect((await list('?status=erased')).status).toBe(400);
  });

  it.each([
    ['?q=ALI', ['Alice']],
    ['?q=bruno%40example', ['Bruno']],
    ['?q=mugisha&countryOfResidence=DE', ['Dieter']],
    [`?campaignId=${campaignDE}`, ['Dieter', 'Ella']],
    ['?channel=email', ['Bruno']],
    ['?subject=plumbing', ['Bruno']],
    ['?status=imported', ['Ella']],
    ['?qualificationLevel=diploma', ['Claire']],
    ['?office=DE&status=registered', ['Dieter']],
  ])('filters %s', async (query, expected) => {
    const response = await list(query);
    expect(response.status).toBe(200);
    expect(namesOf(response.body)).toEqual(expected);
    expect(response.body.total).toBe(expected.length);
  });

  it('refuses unknown and malformed filters', async () => {
    for (const query of ['?colour=red', '?pageSize=1000', '?page=0', '?qualificationLevel=phd']) {
      const response = await list(query);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'request.invalid' });
    }
  });

  it('shows an outreach officer only their office, whatever the query asks', async () => {
    const own = await list('', { as: officerBE });
    expect(own.body.total).toBe(4);
    expect(own.body.items.every((i: { office: string }) => i.office === 'BE')).toBe(true);
    for (const query of ['?office=DE', `?campaignId=${campaignDE}`, '?countryOfResidence=DE']) {
      expect((await list(query, { as: officerBE })).body).toMatchObject({ items: [], total: 0 });
    }
    const noOffice = await list('', { as: { roles: ['outreach-officer'] } });
    expect(noOffice.body.total).toBe(0);
  });

  it('shows a full profile with consent records and the CV by id and size only', async () => {
    const response = await outreach.request('GET', `/members/${ids.Alice}`, undefined, { as: officerBE });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: ids.Alice,
      version: 1,
      firstName: 'Alice',
      email: 'alice@example.org',
      gender: 'woman',
      qualifications: [{ level: 'master', institution: 'UGent' }],
      availability: [{ from: '2027-01-10', to: '2027-02-20' }],
      consent: { programme: { given: true, textVersion: '2026-11' }, opportunities: { given: false } },
      cv: { id: cvId, size: 14 },
    });
    expect(JSON.stringify(response.body)).not.toContain('PDF');
    const withoutCv = await outreach.request('GET', `/members/${ids.Bruno}`, undefined, { as: 'auditor' });
    expect(withoutCv.body.cv).toBeNull();
  });

  it('answers another office, an erased and an unknown member alike: not found', async () => {
    for (const [id, as] of [
      [ids.Dieter, officerBE],
      [ids.Erased, 'programme-manager'],
      ['no-such-member', 'admin'],
    ] as const) {
      const response = await outreach.request('GET', `/members/${id}`, undefined, { as });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'member.not_found' });
    }
    expect((await outreach.request('GET', `/members/${ids.Dieter}`, undefined, { as: 'admin' })).status).toBe(
      200,
    );
  });

  it('exports the filtered registrants as CSV, one row per member, lists joined with ;', async () => {
    const response = await exportCsv(`?campaignId=${campaignBE}&status=registered`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="registrants.csv"');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.firstName)).toEqual(['Alice', 'Bruno', 'Claire', `'=HYPERLINK("http://evil")`]);
    expect(rows[0]).toMatchObject({
      id: ids.Alice,
      email: 'alice@example.org',
      qualificationLevel: 'master',
      subjects: 'Masonry;Construction',
      languages: 'rw;fr',
      availability: '2027-01-10..2027-02-20',
      yearsOfExperience: '10',
      office: 'BE',
      opportunitiesConsent: 'false',
      mentoringConsent: 'false',
    });
    expect(rows[0]).not.toHaveProperty('gender');
    // A phone number starting with + is kept readable, but cannot run as a formula either.
    expect(rows[2]!.phone).toBe("'+32 470 00 00 00");
  });

  it('exports only the officer’s office, and only to those who run outreach', async () => {
    const own = await exportCsv('', officerBE);
    const rows = parse(await own.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.office))).toEqual(new Set(['BE']));
    const auditor = await exportCsv('', 'auditor');
    expect(auditor.status).toBe(403);
  });

  it('lets only staff see registrants', async () => {
    expect((await outreach.request('GET', '/members')).status).toBe(401);
    expect((await list('', { as: 'trainee' })).status).toBe(403);
    expect((await list('', { as: 'auditor' })).status).toBe(200);
  });
});

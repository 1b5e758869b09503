import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApplicationSubmitted,
  AssessmentCompleted,
  CandidateSelected,
  CandidateShortlisted,
  CascadeRecorded,
  CertificateIssued,
  type CertificateIssuedV1,
  CertificateRevoked,
  type EventContract,
  type EventEnvelope,
  InterestExpressed,
  MemberErased,
  MemberRegistered,
  type MemberRegisteredV1,
  MilestoneApproved,
  PlacementArrived,
  PlacementCompleted,
  PledgeMade,
  ProposalAwarded,
  ProposalSubmitted,
  ReportingErasureReceipted,
  TrancheReleased,
} from '@ikiraro/contracts';
import { programme } from '@ikiraro/programme';
import {
  envelopeOf,
  eventually,
  expectInvalid,
  probeTopic,
  publishRaw,
  readPdf,
  sealData,
  startService,
  tokenFor,
  type ServiceUnderTest,
  type Who,
} from '@ikiraro/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppModule } from '../app.module.ts';
import { validateIati } from '../reports/iati.validate.ts';
import type { Fact } from './facts.ts';
import { readingOf } from './facts.readers.ts';
import { logframeReport, quarter } from './figures.ts';
import type { IndicatorFigures, LogframeReport } from './logframe-report.ts';

// One programme's story over two quarters, told out of order (a professional's arrival before their registration,
// a certificate's revocation before its issue) and with redeliveries: the logframe must come out as a recomputation
// from the raw events on the topics says, and as counted by hand.
const Q3 = '2026-08-10T09:00:00.000Z';
const Q4 = '2026-11-02T09:00:00.000Z';
const sent: EventEnvelope[] = [];
const topics = new Map<string, number>();

async function publish<T extends object>(contract: EventContract<T>, at: string, items: [string, T][]) {
  const events = await Promise.all(
    items.map(async ([subject, data]) => ({
      ...envelopeOf(contract, subject, await sealData(contract, data)),
      occurredAt: at,
    })),
  );
  await publishRaw(
    `${process.env.KAFKA_TOPIC_PREFIX}${contract.topic}`,
    events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
  );
  sent.push(...events);
  topics.set(contract.topic, (topics.get(contract.topic) ?? 0) + events.length);
  return events;
}
const again = (events: EventEnvelope[]) =>
  publishRaw(
    `${process.env.KAFKA_TOPIC_PREFIX}${contractOfType(events[0]!.type).topic}`,
    events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
  );
const contracts = [MemberRegistered, PlacementArrived, CertificateIssued, MilestoneApproved, PledgeMade];
const contractOfType = (type: string) => contracts.find((c) => c.type === type)!;

const women = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'];
const registration = (
  memberId: string,
  office: 'BE' | 'DE',
  channel: 'event' | 'embassy' | 'social-media',
  gender: string,
): MemberRegisteredV1 => ({
  memberId,
  campaignId: 'c1',
  channel,
  office,
  profile: {
    countryOfResidence: office,
    qualificationLevel: 'master',
    qualificationField: 'Electrical engineering',
    yearsOfExperience: 8,
    languages: ['fr'],
    subjects: ['Renewable energy'],
    gender,
  },
  availability: [],
});
const application = (memberId: string) => ({ applicationId: `app-${memberId}`, torId: 'tor-1', memberId });
const placed = (memberId: string, iprc: string) => ({
  ...application(memberId),
  placementId: `pl-${memberId}`,
  iprc,
});
const certificate = (n: number, iprc: string, kind: 'training' | 'service' = 'training') => ({
  totId: `tot-${iprc}`,
  iprc,
  memberId: 'w1',
  certificateId: `cert-${n}`,
  kind,
  holderId: kind === 'service' ? 'w1' : `t${n}`,
});
const issue = (n: number, iprc: string, sex: string, kind: 'training' | 'service' = 'training') =>
  [
    `cert-${n}`,
    { ...certificate(n, iprc, kind), sex, verificationCode: `K7QMT${n}XXXX`, name: `Trainee ${n}` },
  ] as [string, CertificateIssuedV1];
const proposal = (n: number, iprc: string, sector: string) => ({
  proposalId: `prop-${n}`,
  callId: 'call-1',
  totId: `tot-${iprc}`,
  iprc,
  sector,
  leadId: `t${n}`,
  title: `Pilot ${n}`,
});
const teaser = (n: number, iprc: string, sector: string) => ({
  ...proposal(n, iprc, sector),
  summary: 'In short.',
  requested: { amount: 12000, currency: 'EUR' },
  jobsExpected: 4,
});
const milestone = (n: number, iprc: string, milestoneId: string) => ({
  awardId: `prop-${n}`,
  callId: 'call-1',
  iprc,
  sector: 'electrical',
  milestoneId,
});
const pledge = (id: string, investorId: string, amount: number, instrument: 'grant' | 'loan') => ({
  pledgeId: id,
  investorId,
  proposalId: 'prop-1',
  callId: 'call-1',
  pledged: { amount, currency: 'EUR' },
  instrument,
});

/** Every event on the topics, each once (a redelivery is the same event), read back by a consumer of its own. */
let raw: Promise<EventEnvelope[]> | undefined;
const rawEvents = () =>
  (raw ??= (async () => {
    const probe = await probeTopic(
      [...topics.keys()].map((topic) => `${process.env.KAFKA_TOPIC_PREFIX}${topic}`),
    );
    const published = [...topics.values()].reduce((a, b) => a + b, 0);
    // Redeliveries are the same events again: count each once
    const unique = () => new Set(probe.events.map((e) => e.id)).size;
    await eventually(async () => expect(unique()).toBeGreaterThanOrEqual(published), 30_000);
    await probe.stop();
    return [...new Map(probe.events.map((e) => [e.id, e])).values()];
  })());

/** The logframe from the raw events on the topics, a person's traits joined to every fact naming them. */
async function recomputed(quarterCode: string, shared: boolean): Promise<LogframeReport> {
  const readings = (await rawEvents()).flatMap((event) => {
    const reading = readingOf(event.type, event.data as object);
    return reading ? [{ event, reading }] : [];
  });
  const traits = new Map(
    readings.flatMap(({ reading }) => (reading.traits ? [[reading.traits.of, reading.traits.dims]] : [])),
  );
  const facts = readings.flatMap(({ event, reading }) =>
    reading.rows.map((row, i): Fact => ({
      _id: `${event.id}:${i}`,
      event: { id: event.id, type: event.type, occurredAt: event.occurredAt, subject: event.subject },
      dims: { ...(row.traitsOf ? traits.get(row.traitsOf) : {}), ...row.dims },
      measures: { count: 1, ...row.measures },
      ...(row.key === undefined ? {} : { key: row.key }),
    })),
  );
  return logframeReport(programme(), facts, quarter(quarterCode)!, shared);
}

describe('the logframe, live from events', () => {
  let reporting: ServiceUnderTest;
  const manager: Who = { roles: ['programme-manager'] };
  const get = async (path: string, as: Who = manager) => reporting.request('GET', path, undefined, { as });
  const logframe = async (query: string, as: Who = manager) =>
    (await get(`/logframe?${query}`, as)).body as LogframeReport;
  /** A file as a TWG member (outside staff) downloads it. */
  const download = async (path: string) => {
    const res = await fetch(`${reporting.url}${path}`, {
      headers: { authorization: `Bearer ${await tokenFor(['twg-member'])}` },
    });
    expect(res.status).toBe(200);
    return { headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  const indicator = (report: LogframeReport, code: string) =>
    report.indicators.find((i) => i.code === code) as IndicatorFigures;

  beforeAll(async () => {
    reporting = await startService(AppModule);
    // Selection and placement first: the professionals' sex comes with their registration, published last
    await publish(
      ApplicationSubmitted,
      Q3,
      [...women, 'm1'].map((m) => [`app-${m}`, application(m)]),
    );
    await publish(
      CandidateShortlisted,
      Q4,
      ['w1', 'w2', 'w3', 'w4', 'w5', 'm1'].map((m) => [`app-${m}`, application(m)]),
    );
    await publish(
      CandidateSelected,
      Q4,
      ['w1', 'w2', 'w3', 'w4', 'w5', 'm1'].map((m) => [
        `app-${m}`,
        {
          ...application(m),
          iprc: m === 'm1' ? 'HYE' : 'KGL',
          period: { start: '2027-03-01', end: '2027-06-30' },
        },
      ]),
    );
    const arrived = await publish(
      PlacementArrived,
      Q4,
      ['w1', 'w2', 'w3', 'w4', 'w5', 'm1'].map((m) => [
        `pl-${m}`,
        { ...placed(m, m === 'm1' ? 'HYE' : 'KGL'), arrivedOn: '2026-11-02' },
      ]),
    );
    await again(arrived.slice(0, 2));
    await publish(PlacementCompleted, Q4, [
      ['pl-w1', { ...placed('w1', 'KGL'), completedOn: '2026-11-30', trainersTrained: 6, rating: 5 }],
    ]);
    const registered = await publish(MemberRegistered, Q3, [
      ...women.map((m, i): [string, ReturnType<typeof registration>] => [
        m,
        registration(m, 'BE', i < 4 ? 'event' : 'embassy', 'woman'),
      ]),
      ['m1', registration('m1', 'DE', 'social-media', 'man')],
      ['m2', registration('m2', 'DE', 'social-media', 'male')],
    ]);
    await again(registered.slice(0, 1));

    // Training: cert-6 is revoked before its issue is handled; a certificate of service is no trainer trained
    await publish(CertificateRevoked, Q4, [['cert-6', certificate(6, 'KGL')]]);
    const issued = await publish(CertificateIssued, Q4, [
      ...[1, 2, 3, 4, 5, 6].map((n) => issue(n, 'KGL', 'woman')),
      issue(7, 'HYE', 'man'),
      issue(8, 'KGL', 'woman', 'service'),
    ]);
    await again(issued.slice(0, 1));
    await publish(AssessmentCompleted, Q4, [
      [
        'tot-KGL',
        {
          totId: 'tot-KGL',
          iprc: 'KGL',
          memberId: 'w1',
          cohort: { trainees: 6, pre: 40, post: 64, gain: 0.4 },
          bySex: [{ sex: 'woman', trainees: 6, pre: 40, post: 64, gain: 0.4 }],
        },
      ],
      [
        'tot-HYE',
        {
          totId: 'tot-HYE',
          iprc: 'HYE',
          memberId: 'm1',
          cohort: { trainees: 1, pre: 50, post: 60, gain: 0.2 },
          bySex: [{ sex: 'man', trainees: 1, pre: 50, post: 60, gain: 0.2 }],
        },
      ],
    ]);
    await publish(CascadeRecorded, Q4, [
      [
        'cas-1',
        {
          totId: 'tot-KGL',
          iprc: 'KGL',
          memberId: 'w1',
          cascadeId: 'cas-1',
          traineeId: 't1',
          date: '2026-11-20',
          subject: 'Wiring',
          students: [
            { sex: 'woman', count: 12 },
            { sex: 'man', count: 9 },
          ],
        },
      ],
    ]);

    // Funding: two awards in two currencies; the later milestone report replaces the award's jobs
    await publish(ProposalSubmitted, Q4, [
      [
        'prop-1',
        {
          ...proposal(1, 'KGL', 'electrical'),
          requested: { amount: 12000, currency: 'EUR' },
          jobsExpected: 4,
          team: [],
        },
      ],
      [
        'prop-2',
        {
          ...proposal(2, 'KGL', 'electrical'),
          requested: { amount: 9000, currency: 'EUR' },
          jobsExpected: 2,
          team: [],
        },
      ],
      [
        'prop-3',
        {
          ...proposal(3, 'HYE', 'ict'),
          requested: { amount: 8000, currency: 'EUR' },
          jobsExpected: 3,
          team: [],
        },
      ],
    ]);
    await publish(ProposalAwarded, Q4, [
      [
        'prop-1',
        {
          ...teaser(1, 'KGL', 'electrical'),
          awarded: { amount: 12000, currency: 'EUR' },
          rank: 1,
          tranches: 3,
        },
      ],
      [
        'prop-3',
        { ...teaser(3, 'HYE', 'ict'), awarded: { amount: 5_000_000, currency: 'RWF' }, rank: 2, tranches: 2 },
      ],
    ]);
    await publish(TrancheReleased, Q4, [
      [
        'prop-1',
        {
          ...milestone(1, 'KGL', 'ms-1'),
          trancheId: 'tr-1',
          paid: { amount: 4000, currency: 'EUR' },
          paidOn: '2026-11-25T00:00:00.000Z',
          reference: 'BANK-1',
          disbursed: { amount: 4000, currency: 'EUR' },
        },
      ],
    ]);
    const [first] = await publish(MilestoneApproved, '2026-11-20T09:00:00.000Z', [
      ['prop-1', { ...milestone(1, 'KGL', 'ms-1'), title: 'First kiosk', jobsCreated: 2 }],
    ]);
    await again([first!]);
    await publish(MilestoneApproved, '2026-11-28T09:00:00.000Z', [
      ['prop-1', { ...milestone(1, 'KGL', 'ms-2'), title: 'Second kiosk', jobsCreated: 5 }],
      ['prop-3', { ...milestone(3, 'HYE', 'ms-3'), title: 'Workshop', jobsCreated: 1 }],
    ]);
    await publish(InterestExpressed, Q4, [
      ['prop-1', { investorId: 'inv-1', proposalId: 'prop-1', callId: 'call-1', termsVersion: '2026-1' }],
      ['prop-1', { investorId: 'inv-2', proposalId: 'prop-1', callId: 'call-1', termsVersion: '2026-1' }],
    ]);
    const pledges = await publish(PledgeMade, Q4, [
      ['pledge-1', pledge('pledge-1', 'inv-1', 3000, 'grant')],
      ['pledge-2', pledge('pledge-2', 'inv-3', 1000, 'loan')],
    ]);
    await again(pledges.slice(0, 1));
  }, 120_000);
  afterAll(() => reporting.close());

  it('comes out as a recomputation from the raw events says, every indicator, each event once', async () => {
    const expected = await recomputed('2026-Q4', false);
    await eventually(async () => {
      const live = await logframe('quarter=2026-Q4');
      expect(live.indicators).toEqual(expected.indicators);
    }, 30_000);
  }, 90_000);

  it('counts what was counted by hand, with the dimensions the events did not carry filled in', async () => {
    const live = await logframe('quarter=2026-Q4');
    const figures = (code: string) => {
      const { cumulative, inQuarter, breakdowns } = indicator(live, code);
      return { cumulative, inQuarter, breakdowns };
    };
    expect(figures('1.1.a')).toEqual({
      cumulative: 8,
      inQuarter: 0,
      breakdowns: {
        office: { BE: 6, DE: 2 },
        channel: { event: 4, embassy: 2, 'social-media': 2 },
        sex: { woman: 6, man: 2 },
      },
    });
    expect(figures('1.1.b').breakdowns.sex).toEqual({ woman: 6, man: 1 });
    expect(figures('1.2.a')).toEqual({
      cumulative: 6,
      inQuarter: 6,
      breakdowns: { sex: { woman: 5, man: 1 }, iprc: { KGL: 5, HYE: 1 }, office: { BE: 5, DE: 1 } },
    });
    expect(figures('1.3.b')).toMatchObject({ cumulative: 6, breakdowns: { sex: { woman: 5, man: 1 } } });
    expect(figures('1.3.a').cumulative).toBe(7);
    expect(figures('1.3.c').cumulative).toBe(0.3);
    expect(figures('1.3.d').breakdowns).toEqual({ sex: { woman: 12, man: 9 }, iprc: { KGL: 21 } });
    expect(figures('2.1.a').cumulative).toBe(3);
    expect(figures('2.1.b').cumulative).toBe(2);
    expect(figures('2.1.c').cumulative).toBe(4000);
    expect(figures('2.1.d')).toMatchObject({ cumulative: 6, breakdowns: { iprc: { KGL: 5, HYE: 1 } } });
    expect(figures('2.2.a').cumulative).toBe(3);
    expect(figures('2.2.b')).toMatchObject({
      cumulative: 4000,
      breakdowns: { instrument: { grant: 3000, loan: 1000 } },
    });
    // Quarter by quarter, to the programme's end target
    expect(indicator(live, '1.1.a').quarters).toEqual([
      { quarter: '2026-Q3', inQuarter: 8, cumulative: 8 },
      { quarter: '2026-Q4', inQuarter: 0, cumulative: 8 },
    ]);
    expect(indicator(live, '1.2.a')).toMatchObject({ target: 30, progress: 0.2 });
    const q3 = await logframe('quarter=2026-Q3');
    expect(indicator(q3, '1.2.a').cumulative).toBe(0);
    expect(indicator(q3, '1.1.a').cumulative).toBe(8);
  });

  it('suppresses cells of fewer than five people outside staff, and the one cell that would give a lone one away', async () => {
    const shared = await logframe('quarter=2026-Q4', { roles: ['twg-member'] });
    expect(shared.shared).toBe(true);
    expect(indicator(shared, '1.2.a')).toMatchObject({
      cumulative: 6,
      breakdowns: { sex: { woman: null, man: null }, iprc: { KGL: null, HYE: null } },
    });
    // Two cells and their total shown: hiding the small one alone would not hide it
    expect(indicator(shared, '1.1.a').breakdowns.sex).toEqual({ woman: null, man: null });
    // Every channel under five
    expect(indicator(shared, '1.1.a').breakdowns.channel).toEqual({
      event: null,
      embassy: null,
      'social-media': null,
    });
    // Not people: shown as they are
    expect(indicator(shared, '2.1.d').breakdowns.iprc).toEqual({ KGL: 5, HYE: 1 });
    expect(await recomputed('2026-Q4', true)).toMatchObject({ indicators: shared.indicators });
    // Staff may look at what is shared; an auditor sees every cell
    expect(indicator(await logframe('quarter=2026-Q4&shared=true'), '1.2.a').breakdowns.sex).toEqual({
      woman: null,
      man: null,
    });
    const audited = await logframe('quarter=2026-Q4', { roles: ['auditor'] });
    expect(audited.shared).toBe(false);
    expect(indicator(audited, '1.2.a').breakdowns.sex).toEqual({ woman: 5, man: 1 });
  });

  it('opens a figure down to its source events, and a cell down to its own', async () => {
    const { body } = await get(
      '/logframe/indicators/1.2.a/sources?quarter=2026-Q4&dimension=iprc&value=HYE',
      'auditor',
    );
    expect(body).toMatchObject({ indicator: '1.2.a', total: 1 });
    expect(body.items).toEqual([
      {
        eventId: sent.find((e) => e.type === PlacementArrived.type && e.subject === 'pl-m1')!.id,
        type: PlacementArrived.type,
        occurredAt: Q4,
        subject: 'pl-m1',
        dims: { iprc: 'HYE', sex: 'man', office: 'DE' },
        value: 1,
        erased: false,
      },
    ]);
    const revoked = await get('/logframe/indicators/1.3.b/sources?quarter=2026-Q4');
    expect(revoked.body.total).toBe(8); // seven training certificates issued, one revoked
    expect(revoked.body.items.filter((i: { value: number }) => i.value === -1)).toEqual([
      expect.objectContaining({
        type: CertificateRevoked.type,
        subject: 'cert-6',
        dims: expect.objectContaining({ sex: 'woman' }),
      }),
    ]);
    // What no reader outside staff may open
    expect((await get('/logframe/indicators/1.2.a/sources', { roles: ['twg-member'] })).status).toBe(403);
  });

  it('refuses a quarter, an indicator or a cell it does not know, with a problem', async () => {
    expectInvalid(await get('/logframe?quarter=2026-Q5'), 'quarter');
    expectInvalid(await get('/logframe?shared=maybe'), 'shared');
    expectInvalid(await get('/logframe/indicators/1.2.a/sources?dimension=colour&value=red'), 'dimension');
    const missing = await get('/logframe/indicators/9.9/sources');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body.code).toBe('logframe.indicator_not_found');
  });

  it("makes the donor's report of a quarter, as shared outside staff, in XLSX, PDF and CSV with the live figures", async () => {
    const shared = await logframe('quarter=2026-Q4&shared=true');
    const xlsx = await download('/reports/2026-Q4?format=xlsx');
    expect(xlsx.headers.get('content-disposition')).toBe(
      'attachment; filename="rwanda-tvet-diaspora-2026-Q4.xlsx"',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as never);
    const rows = new Map<string, (string | number)[]>();
    book.getWorksheet('Indicators')!.eachRow((row) => {
      const values = (row.values as (string | number)[]).slice(1);
      rows.set(String(values[0]), values);
    });
    for (const i of shared.indicators.filter((i) => i.cumulative !== null))
      expect(rows.get(i.code)).toEqual(expect.arrayContaining([i.title, i.target, i.cumulative]));
    const pdf = await readPdf((await download('/reports/2026-Q4?format=pdf')).bytes);
    expect(pdf.text).toMatch(/1\.2\.a Diaspora professionals engaged( \(\w+\))? 30 6 6/);
    expect(pdf.text).toMatch(/2\.1\.d Jobs created( \(\w+\))? 60 6 6/);
    const csv = parse(Buffer.from((await download('/reports/2026-Q4?format=csv')).bytes).toString(), {
      columns: true,
    }) as Record<string, string>[];
    expect(csv.find((r) => r.indicator === '1.3.b' && !r.dimension)).toMatchObject({ cumulative: '6' });
    expectInvalid(await get('/reports/2026-Q4?format=docx'), 'format');
  });

  it('makes the quarter an IATI 2.03 activity that the IATI schema validates', async () => {
    const text = Buffer.from((await download('/reports/2026-Q4/iati')).bytes).toString();
    expect(await validateIati(text)).toEqual([]);
    expect(text).toContain('<iati-identifier>XM-DAC-47066-RW-DIASPORA-TVET</iati-identifier>');
  });

  it('keeps every count when a member is erased, and drops them from the drill-downs, with a receipt', async () => {
    const receipts = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${ReportingErasureReceipted.topic}`);
    const before = await logframe('quarter=2026-Q4');
    await publish(MemberErased, Q4, [['w1', { memberId: 'w1', reason: 'consent-withdrawn' }]]);
    await eventually(async () =>
      expect(receipts.events.map((e) => e.data)).toEqual([
        expect.objectContaining({
          memberId: 'w1',
          removed: ['7 facts behind the figures, now naming no one', '1 copy of the stated gender'],
        }),
      ]),
    );
    await receipts.stop();
    const after = await logframe('quarter=2026-Q4');
    expect(after.indicators).toEqual(before.indicators);
    const { body } = await get('/logframe/indicators/1.2.a/sources?quarter=2026-Q4&dimension=iprc&value=KGL');
    const anonymous = body.items.filter((i: { erased: boolean }) => i.erased);
    expect(anonymous).toEqual([
      expect.objectContaining({ subject: null, dims: { iprc: 'KGL', sex: 'woman', office: 'BE' } }),
    ]);
    expect(JSON.stringify(body)).not.toContain('pl-w1');
  });
});

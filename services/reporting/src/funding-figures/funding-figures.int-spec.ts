import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MilestoneApproved,
  PledgeMade,
  ProposalAwarded,
  ProposalScreened,
  ProposalShortlisted,
  ProposalSubmitted,
  type SexCount,
  TrancheReleased,
} from '@ikiraro/contracts';
import { eventually, publishEvents, redeliver, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';

// All go under one key, so that each is handled after those before it (a redelivery included); each topic's
// last event counts where the others do not (HYE, another currency or instrument): once it shows, a double
// count would too.
const key = 'funding';
const ref = (n: number, iprc: 'KGL' | 'HYE') => ({
  proposalId: `prop-${n}`,
  callId: 'call-1',
  totId: `tot-${n}`,
  iprc,
  sector: 'electrical',
  leadId: `lead-${n}`,
  title: `Pilot ${n}`,
});
const teaser = (n: number, iprc: 'KGL' | 'HYE', jobsExpected: number) => ({
  ...ref(n, iprc),
  summary: `Pilot ${n} in short.`,
  requested: { amount: 10000, currency: 'EUR' },
  jobsExpected,
});
const submitted = (n: number, iprc: 'KGL' | 'HYE', jobsExpected: number, team: SexCount[]) => ({
  subject: key,
  data: { ...ref(n, iprc), requested: { amount: 10000, currency: 'EUR' }, jobsExpected, team },
});
const milestone = (n: number, iprc: 'KGL' | 'HYE', milestoneId: string) => ({
  awardId: `prop-${n}`,
  callId: 'call-1',
  iprc,
  sector: 'electrical',
  milestoneId,
});
const pledge = (id: string, instrument: 'grant' | 'loan', amount: number) => ({
  subject: key,
  data: {
    pledgeId: id,
    investorId: 'investor-1',
    proposalId: 'prop-1',
    callId: 'call-1',
    pledged: { amount, currency: 'EUR' },
    instrument,
  },
});

const none = {
  submitted: 0,
  teamBySex: {},
  jobsExpected: 0,
  qualified: 0,
  disqualified: 0,
  shortlisted: 0,
  awarded: 0,
  awardedAmount: {},
  tranchesReleased: 0,
  releasedAmount: {},
  jobsCreated: 0,
};

describe('funding figures', () => {
  let reporting: ServiceUnderTest;
  const figures = async () =>
    (await reporting.request('GET', '/figures/funding', undefined, { as: 'twg-member' })).body;

  beforeAll(async () => {
    reporting = await startService(AppModule);
  });
  afterAll(() => reporting.close());

  it('counts proposals through the rounds, awards, tranches, jobs and pledges from funding events, each event once', async () => {
    const [first] = await publishEvents(ProposalSubmitted, [
      submitted(1, 'KGL', 5, [
        { sex: 'woman', count: 2 },
        { sex: 'man', count: 1 },
      ]),
    ]);
    await redeliver(ProposalSubmitted, first!);
    await publishEvents(ProposalSubmitted, [
      submitted(2, 'KGL', 3, [{ sex: 'woman', count: 1 }]),
      submitted(3, 'HYE', 4, [{ sex: 'man', count: 2 }]),
    ]);
    const [screened] = await publishEvents(ProposalScreened, [
      { subject: key, data: { ...ref(1, 'KGL'), qualified: true, reasons: [] } },
    ]);
    await redeliver(ProposalScreened, screened!);
    await publishEvents(ProposalScreened, [
      {
        subject: key,
        data: { ...ref(2, 'KGL'), qualified: false, reasons: ['The budget exceeds the ceiling'] },
      },
      { subject: key, data: { ...ref(3, 'HYE'), qualified: true, reasons: [] } },
    ]);
    await publishEvents(ProposalShortlisted, [
      { subject: key, data: { ...teaser(1, 'KGL', 5), rank: 1, score: 82.5 } },
      { subject: key, data: { ...teaser(3, 'HYE', 4), rank: 2, score: 71 } },
    ]);
    const [awarded] = await publishEvents(ProposalAwarded, [
      {
        subject: key,
        data: { ...teaser(1, 'KGL', 5), awarded: { amount: 12000, currency: 'EUR' }, rank: 1, tranches: 3 },
      },
    ]);
    await redeliver(ProposalAwarded, awarded!);
    await publishEvents(ProposalAwarded, [
      {
        subject: key,
        data: {
          ...teaser(3, 'HYE', 4),
          awarded: { amount: 5_000_000, currency: 'RWF' },
          rank: 2,
          tranches: 2,
        },
      },
    ]);

    // A later report replaces the award's jobs (5, not 2 + 5); each milestone event counted once
    const [approved] = await publishEvents(MilestoneApproved, [
      { subject: key, data: { ...milestone(1, 'KGL', 'ms-1'), title: 'First kiosk', jobsCreated: 2 } },
    ]);
    await redeliver(MilestoneApproved, approved!);
    await publishEvents(MilestoneApproved, [
      { subject: key, data: { ...milestone(1, 'KGL', 'ms-2'), title: 'Second kiosk', jobsCreated: 5 } },
      { subject: key, data: { ...milestone(3, 'HYE', 'ms-3'), title: 'Workshop open', jobsCreated: 1 } },
    ]);
    const tranche = (n: number, iprc: 'KGL' | 'HYE', amount: number, currency: string) => ({
      subject: key,
      data: {
        ...milestone(n, iprc, `ms-${n}`),
        trancheId: `tr-${n}`,
        paid: { amount, currency },
        paidOn: '2027-09-15',
        reference: `BK-${n}`,
        disbursed: { amount, currency },
      },
    });
    const [paid] = await publishEvents(TrancheReleased, [tranche(1, 'KGL', 4000, 'EUR')]);
    await redeliver(TrancheReleased, paid!);
    await publishEvents(TrancheReleased, [tranche(3, 'HYE', 2_000_000, 'RWF')]);

    const [pledged] = await publishEvents(PledgeMade, [pledge('pl-1', 'grant', 1000)]);
    await redeliver(PledgeMade, pledged!);
    await publishEvents(PledgeMade, [pledge('pl-2', 'grant', 2000), pledge('pl-3', 'loan', 5000)]);

    const kgl = {
      submitted: 2,
      teamBySex: { woman: 3, man: 1 },
      jobsExpected: 8,
      qualified: 1,
      disqualified: 1,
      shortlisted: 1,
      awarded: 1,
      awardedAmount: { EUR: 12000 },
      tranchesReleased: 1,
      releasedAmount: { EUR: 4000 },
      jobsCreated: 5,
    };
    const hye = {
      submitted: 1,
      teamBySex: { man: 2 },
      jobsExpected: 4,
      qualified: 1,
      disqualified: 0,
      shortlisted: 1,
      awarded: 1,
      awardedAmount: { RWF: 5_000_000 },
      tranchesReleased: 1,
      releasedAmount: { RWF: 2_000_000 },
      jobsCreated: 1,
    };
    await eventually(async () => {
      const body = await figures();
      expect(body.byIprc.KGL).toEqual(kgl);
      expect(body.byIprc.HYE).toEqual(hye);
      expect(body.pledges).toEqual({
        pledges: 3,
        byInstrument: {
          grant: { pledges: 2, amount: { EUR: 3000 } },
          loan: { pledges: 1, amount: { EUR: 5000 } },
        },
      });
    });
    const body = await figures();
    expect(body.byIprc.MSZ).toEqual(none);
    expect(body.total).toEqual({
      submitted: 3,
      teamBySex: { woman: 3, man: 3 },
      jobsExpected: 12,
      qualified: 2,
      disqualified: 1,
      shortlisted: 2,
      awarded: 2,
      awardedAmount: { EUR: 12000, RWF: 5_000_000 },
      tranchesReleased: 2,
      releasedAmount: { EUR: 4000, RWF: 2_000_000 },
      jobsCreated: 6,
    });
    expect(body.awardsTarget).toBe(10);
  });

  it('answers staff and the TWG, outreach officers included, and no one else', async () => {
    const as = async (who: Parameters<ServiceUnderTest['request']>[3]) =>
      reporting.request('GET', '/figures/funding', undefined, who);
    const officer = await as({ as: { roles: ['outreach-officer'], office: 'BE' } });
    expect(officer.status).toBe(200);
    expect(officer.body.total.submitted).toBe(3);
    expect((await as({ as: 'auditor' })).status).toBe(200);
    const refused = await as({ as: 'iprc-focal-point' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await as(undefined)).status).toBe(401);
  });
});

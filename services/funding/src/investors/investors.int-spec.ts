import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type EventEnvelope,
  InterestExpressed,
  InvestorMatched,
  InvestorSignedUp,
  type InvestorSignedUpV1,
  PledgeMade,
  ProposalAwarded,
  ProposalShortlisted,
  TrancheReleased,
} from '@ikiraro/contracts';
import { AggregateStore, isSealed, KafkaConnection } from '@ikiraro/messaging';
import {
  eventually,
  expectInvalid,
  publishEvents,
  redeliver,
  startService,
  type ServiceUnderTest,
} from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module.ts';
import { type Probe, probeOf } from '../funding.testing.ts';
import type { Proposal } from '../proposals/proposal.ts';
import { INTEREST, INVESTOR, MATCH } from './investor.ts';
import { InvestorsService } from './investors.service.ts';
import {
  auditor,
  awardedOf,
  interests,
  investorCaller,
  pm,
  seedCall,
  seedProposal,
  shortlistedOf,
  signUpForm,
  twgMember,
} from './investors.testing.ts';

describe('investors', () => {
  let service: ServiceUnderTest;
  let investorEvents: Probe;
  let interestEvents: Probe;
  let pledgeEvents: Probe;
  let ids: InvestorsService;

  const ada = 'ada@sunfund.example.org';
  const bea = 'bea@kigali-angels.example.org';
  const cyd = 'cyd@ict-ventures.example.org';
  const dan = 'dan@late-capital.example.org';
  const P = 'proposal-solar-dryers-1';
  const Q = 'proposal-still-drafting';
  let proposal: Proposal;

  const of = (probe: Probe, type: string, subject?: string) =>
    probe.events.filter((e) => e.type === type && (subject === undefined || e.subject === subject));
  const db = () => service.app.get<Connection>(getConnectionToken()).db!;
  const store = () => service.app.get(AggregateStore);
  const listed = async () => (await service.request('GET', '/investors', undefined, { as: pm })).body.items;

  /** Signs `email` up and follows the link of its signed-up event: a verified investor. */
  async function verified(email: string, change: Record<string, unknown> = {}) {
    expect((await service.request('POST', '/public/investors', signUpForm(email, change))).status).toBe(202);
    const id = ids.idOf(email);
    const signedUp = await eventually(async () => {
      const [found] = of(investorEvents, InvestorSignedUp.type, id);
      expect(found).toBeTruthy();
      return found as EventEnvelope<InvestorSignedUpV1>;
    });
    const answer = await service.request('POST', '/public/investors/verify', {
      token: signedUp.data.verifyToken,
    });
    expect(answer).toMatchObject({ status: 200, body: { status: 'verified' } });
    return { id, signedUp };
  }

  /** Funding's inbox entry of a consumed event: present once its handler has finished. */
  const handled = (event: EventEnvelope) =>
    eventually(async () => {
      const _id = `${service.app.get(KafkaConnection).groupId}:${event.id}`;
      expect(await db().collection<{ _id: string }>('inbox').findOne({ _id })).not.toBeNull();
    });

  beforeAll(async () => {
    service = await startService(AppModule);
    ids = service.app.get(InvestorsService);
    [investorEvents, interestEvents, pledgeEvents] = await Promise.all([
      probeOf(InvestorSignedUp),
      probeOf(InterestExpressed),
      probeOf(PledgeMade),
    ]);
  });
  afterAll(async () => {
    await Promise.all([investorEvents, interestEvents, pledgeEvents].map((p) => p?.stop()));
    await service?.close();
  });

  it('refuses a sign-up without consent or with its smallest ticket above its largest, writing nothing', async () => {
    const refused = [
      [signUpForm('no.consent@example.org', { consent: undefined }), 'funding.investor.consent_required'],
      [
        signUpForm('no.terms@example.org', { consent: { terms: false, version: '2026-12' } }),
        'funding.investor.consent_required',
      ],
      [
        signUpForm('tickets@example.org', { interests: interests({ ticketMin: 20_000 }) }),
        'funding.investor.ticket_range',
      ],
    ] as const;
    for (const [form, code] of refused) {
      const answer = await service.request('POST', '/public/investors', form);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(answer.body.code).toBe(code);
      expect(await store().of(INVESTOR).load(ids.idOf(form.email))).toBeNull();
    }
    expectInvalid(
      await service.request(
        'POST',
        '/public/investors',
        signUpForm('bad.sector@example.org', {
          interests: interests({ sectors: ['alchemy'] }),
        }),
      ),
      'sectors',
    );
    expectInvalid(
      await service.request('POST', '/public/investors', { ...signUpForm('extra@example.org'), admin: true }),
      'admin',
    );

    // A good sign-up after them is the only one that shows, and the only signed-up event.
    await verified(ada);
    await eventually(async () =>
      expect((await listed()).map((i: { investorId: string }) => i.investorId)).toEqual([ids.idOf(ada)]),
    );
    expect(of(investorEvents, InvestorSignedUp.type).map((e) => e.subject)).toEqual([ids.idOf(ada)]);
  });

  it('verifies once, keeps the contact sealed, and answers a second sign-up of the address alike, changing nothing', async () => {
    const id = ids.idOf(ada);
    const [signedUp] = of(investorEvents, InvestorSignedUp.type, id);
    expect(signedUp!.data).toMatchObject({
      investorId: id,
      organisation: 'Fund of ada',
      name: 'Contact ada',
      email: ada,
      locale: 'en',
    });
    const raw = investorEvents.raw.find((e) => e.id === signedUp!.id)!.data as Record<string, unknown>;
    expect([isSealed(raw.name), isSealed(raw.email), isSealed(raw.verifyToken)]).toEqual([true, true, true]);

    const verifiedEvents = await eventually(async () => {
      const found = of(investorEvents, 'funding.investor.verified', id);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(verifiedEvents[0]!.data).toEqual({
      investorId: id,
      organisation: 'Fund of ada',
      name: 'Contact ada',
      email: ada,
      locale: 'en',
      interests: interests(),
    });

    // Again: the same answers, no new version, no second event.
    const again = await service.request(
      'POST',
      '/public/investors',
      signUpForm('ADA@SunFund.example.org', { organisation: 'Impostor' }),
    );
    expect(again).toMatchObject({ status: 202, body: { status: 'verification-sent' } });
    const token = (signedUp as EventEnvelope<InvestorSignedUpV1>).data.verifyToken;
    expect((await service.request('POST', '/public/investors/verify', { token })).body).toEqual({
      status: 'verified',
    });
    const stored = await store().of(INVESTOR).load(id);
    expect(stored).toMatchObject({ version: 2, state: { organisation: 'Fund of ada', status: 'verified' } });

    for (const bad of ['not-a-token-at-all-000', token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))]) {
      const answer = await service.request('POST', '/public/investors/verify', { token: bad });
      expect(answer).toMatchObject({ status: 400, body: { code: 'funding.investor.token_invalid' } });
    }

    // Stored sealed: the projection holds no plain name or address.
    const doc = await db()
      .collection('investors')
      .findOne({ _id: id as never });
    expect(JSON.stringify(doc)).not.toContain(ada);
    expect(JSON.stringify(doc)).not.toContain('Contact ada');

    const profile = await service.request('GET', '/investor/profile', undefined, { as: investorCaller(ada) });
    expect(profile).toMatchObject({
      status: 200,
      body: {
        investorId: id,
        organisation: 'Fund of ada',
        name: 'Contact ada',
        email: ada,
        interests: interests(),
      },
    });
    const stranger = await service.request('GET', '/investor/profile', undefined, {
      as: investorCaller('nobody@example.org'),
    });
    expect(stranger).toMatchObject({ status: 403, body: { code: 'funding.investor.unknown' } });
    expect(of(investorEvents, 'funding.investor.verified', id)).toHaveLength(1);
  });

  it('matches a shortlisted proposal with the two investors of three whose interests it meets, once, with reasons', async () => {
    await verified(bea, {
      interests: interests({
        sectors: [],
        provinces: [],
        iprcs: ['KGL'],
        ticketMin: 4_000,
        ticketMax: 5_000,
        currency: 'EUR',
      }),
    });
    await verified(cyd, { interests: interests({ sectors: ['ict'] }) });
    await eventually(async () =>
      expect((await listed()).filter((i: { verified: boolean }) => i.verified)).toHaveLength(3),
    );
    await seedCall(service, 'call-1');
    proposal = await seedProposal(service, P);
    await seedProposal(service, Q, { status: 'draft', title: 'Still drafting' });

    const [event] = await publishEvents(ProposalShortlisted, [
      { subject: P, data: shortlistedOf(P, proposal) },
    ]);
    const [a, b] = [ids.idOf(ada), ids.idOf(bea)];
    await eventually(async () =>
      expect(
        of(investorEvents, InvestorMatched.type)
          .map((e) => e.subject)
          .sort(),
      ).toEqual([`${P}:shortlisted:${a}`, `${P}:shortlisted:${b}`].sort()),
    );
    const matchedAda = of(investorEvents, InvestorMatched.type, `${P}:shortlisted:${a}`)[0]!;
    expect(matchedAda.data).toEqual({
      ...shortlistedOf(P, proposal),
      rank: undefined,
      score: undefined,
      matchId: `${P}:shortlisted:${a}`,
      investorId: a,
      stage: 'shortlisted',
      reasons: [
        'sector: Renewable energy',
        'IPRC Kigali in Kigali City',
        'asks 4 800 EUR, your tickets 1 000–10 000 EUR',
      ],
    });
    expect(of(investorEvents, InvestorMatched.type, `${P}:shortlisted:${b}`)[0]!.data).toMatchObject({
      reasons: [
        'sector: Renewable energy (you take any sector)',
        'IPRC Kigali in Kigali City',
        'asks 4 800 EUR, your tickets 4 000–5 000 EUR',
      ],
    });

    // The same event redelivered, and the same fact under a new event id: no second match.
    await handled(event!);
    await redeliver(ProposalShortlisted, event!);
    const [republished] = await publishEvents(ProposalShortlisted, [
      { subject: P, data: shortlistedOf(P, proposal) },
    ]);
    await handled(republished!);
    // The award comes after them on the proposal's partition: its matches show the relay is past them.
    const [awarded] = await publishEvents(ProposalAwarded, [
      { subject: P, data: awardedOf(P, proposal, 4_500) },
    ]);
    await handled(awarded!);
    await eventually(async () =>
      expect(
        of(investorEvents, InvestorMatched.type)
          .map((e) => e.subject)
          .sort(),
      ).toEqual(
        [`${P}:shortlisted:${a}`, `${P}:shortlisted:${b}`, `${P}:awarded:${a}`, `${P}:awarded:${b}`].sort(),
      ),
    );
    expect(await store().of(MATCH).load(`${P}:shortlisted:${a}`)).toMatchObject({ version: 1 });
    expect(of(investorEvents, InvestorMatched.type, `${P}:awarded:${b}`)[0]!.data).toMatchObject({
      stage: 'awarded',
      reasons: [
        'sector: Renewable energy (you take any sector)',
        'IPRC Kigali in Kigali City',
        'awarded 4 500 EUR, your tickets 4 000–5 000 EUR',
      ],
    });

    const matches = await eventually(async () => {
      const got = await service.request('GET', '/investor/matches', undefined, { as: investorCaller(ada) });
      expect(got.body.items).toHaveLength(2);
      return got;
    });
    expect(matches.body.items.map((m: { stage: string }) => m.stage).sort()).toEqual([
      'awarded',
      'shortlisted',
    ]);
    expect(matches.body.items[0]).toMatchObject({
      proposalId: P,
      callId: 'call-1',
      title: proposal.title,
      summary: proposal.summary,
      sector: 'renewable-energy',
      iprc: 'KGL',
      requested: { amount: 4_800, currency: 'EUR' },
      jobsExpected: 12,
      interestExpressed: false,
    });
    expect(JSON.stringify(matches.body)).not.toContain('trainee-ada');
    const none = await service.request('GET', '/investor/matches', undefined, { as: investorCaller(cyd) });
    expect(none).toMatchObject({ status: 200, body: { items: [] } });
  });

  it('shows the teaser, refuses a pledge before interest, and the full proposal once interest is expressed', async () => {
    const ada$ = investorCaller(ada);
    const teaser = await service.request('GET', `/investor/proposals/${P}`, undefined, { as: ada$ });
    expect(teaser).toMatchObject({
      status: 200,
      body: {
        proposalId: P,
        stages: ['awarded', 'shortlisted'],
        interestExpressed: false,
        details: null,
        pledges: [],
      },
    });
    expect(JSON.stringify(teaser.body)).not.toContain(proposal.problem);
    for (const who of [investorCaller(cyd), ada$]) {
      const id = who === ada$ ? Q : P; // not matched with the other, not matched at all
      const hidden = await service.request('GET', `/investor/proposals/${id}`, undefined, { as: who });
      expect(hidden).toMatchObject({ status: 404, body: { code: 'funding.proposal.not_found' } });
    }

    const pledge = {
      amount: 3_000,
      currency: 'EUR',
      instrument: 'grant',
      conditions: 'Reports every quarter',
    };
    const early = await service.request('POST', `/investor/proposals/${P}/pledges`, pledge, { as: ada$ });
    expect(early).toMatchObject({ status: 409, body: { code: 'funding.pledge.interest_required' } });

    expectInvalid(
      await service.request(
        'POST',
        `/investor/proposals/${P}/interest`,
        { acceptTerms: false, termsVersion: 'nda-1' },
        { as: ada$ },
      ),
      'acceptTerms',
    );
    const cydInterest = await service.request(
      'POST',
      `/investor/proposals/${P}/interest`,
      { acceptTerms: true, termsVersion: 'nda-1' },
      { as: investorCaller(cyd) },
    );
    expect(cydInterest).toMatchObject({ status: 404, body: { code: 'funding.proposal.not_found' } });

    const full = await eventually(async () => {
      const got = await service.request(
        'POST',
        `/investor/proposals/${P}/interest`,
        { acceptTerms: true, termsVersion: 'nda-1' },
        { as: ada$ },
      );
      expect(got.status).toBe(200);
      expect(got.body.details).not.toBeNull(); // the proposals projection follows the seeded proposal
      return got;
    });
    expect(full.body).toMatchObject({ interestExpressed: true, termsVersion: 'nda-1' });
    expect(full.body.details).toEqual({
      problem: proposal.problem,
      localNeed: proposal.localNeed,
      solution: proposal.solution,
      currency: 'EUR',
      budget: [
        { item: 'Solar panels', quantity: 6, unitCost: 500, total: 3_000 },
        { item: 'Frames and mesh', quantity: 6, unitCost: 300, total: 1_800 },
      ],
      milestones: [
        { title: 'First two dryers running', due: '2027-06-30', amount: 2_400 },
        { title: 'All six dryers running', due: '2027-10-31', amount: 2_400 },
      ],
    });
    expect(JSON.stringify(full.body)).not.toMatch(/trainee-ada|trainer-jean/);
    const a = ids.idOf(ada);
    await eventually(async () => expect(of(interestEvents, InterestExpressed.type)).toHaveLength(1));
    expect(of(interestEvents, InterestExpressed.type)[0]).toMatchObject({
      subject: `${P}:${a}`,
      data: { investorId: a, proposalId: P, callId: 'call-1', termsVersion: 'nda-1' },
    });
    const twice = await service.request(
      'POST',
      `/investor/proposals/${P}/interest`,
      { acceptTerms: true, termsVersion: 'nda-2' },
      { as: ada$ },
    );
    expect(twice).toMatchObject({ status: 200, body: { interestExpressed: true, termsVersion: 'nda-1' } });
    expect(await store().of(INTEREST).load(`${P}:${a}`)).toMatchObject({ version: 1 });

    const wrongCurrency = await service.request(
      'POST',
      `/investor/proposals/${P}/pledges`,
      { ...pledge, currency: 'RWF' },
      { as: ada$ },
    );
    expect(wrongCurrency).toMatchObject({ status: 400, body: { code: 'funding.pledge.currency_mismatch' } });
    const made = await service.request('POST', `/investor/proposals/${P}/pledges`, pledge, { as: ada$ });
    expect(made).toMatchObject({
      status: 201,
      body: {
        proposalId: P,
        pledged: { amount: 3_000, currency: 'EUR' },
        instrument: 'grant',
        conditions: 'Reports every quarter',
      },
    });
    await eventually(async () => expect(of(pledgeEvents, PledgeMade.type)).toHaveLength(1));
    expect(of(pledgeEvents, PledgeMade.type)[0]!.data).toEqual({
      pledgeId: made.body.pledgeId,
      investorId: a,
      proposalId: P,
      callId: 'call-1',
      pledged: { amount: 3_000, currency: 'EUR' },
      instrument: 'grant',
      conditions: 'Reports every quarter',
    });
  });

  it('matches an investor verified after the shortlist against the proposals listed so far', async () => {
    const { id } = await verified(dan, {
      interests: interests({ sectors: [], provinces: [], ticketMin: 4_000, ticketMax: 4_800 }),
    });
    await eventually(async () =>
      expect(
        of(investorEvents, InvestorMatched.type)
          .filter((e) => e.data && (e.data as { investorId: string }).investorId === id)
          .map((e) => e.subject)
          .sort(),
      ).toEqual([`${P}:awarded:${id}`, `${P}:shortlisted:${id}`]),
    );
  });

  it("totals a call's fund, awards and pledges on its dashboard, for staff and the call's committee only", async () => {
    // The first tranche paid, as awards publishes it.
    const tranche = {
      awardId: P,
      callId: 'call-1',
      iprc: 'KGL',
      sector: 'renewable-energy',
      milestoneId: 'm1',
      trancheId: `${P}:m1`,
      paid: { amount: 2_250, currency: 'EUR' },
      paidOn: '2027-07-02',
      reference: 'BK-2027-0042',
      disbursed: { amount: 2_250, currency: 'EUR' },
    };
    await publishEvents(TrancheReleased, [{ subject: tranche.trancheId, data: tranche }]);
    const dashboard = await eventually(async () => {
      const got = await service.request('GET', '/calls/call-1/dashboard', undefined, { as: pm });
      expect(got.status).toBe(200);
      expect(got.body.matches).toBe(6);
      expect(got.body.pledges).toHaveLength(1);
      expect(got.body.paid.amount).toBe(2_250);
      return got;
    });
    expect(dashboard.body).toMatchObject({
      callId: 'call-1',
      title: 'Pilot projects 2027',
      fund: { amount: 50_000, currency: 'EUR' },
      awarded: { amount: 4_500, currency: 'EUR' },
      paid: { amount: 2_250, currency: 'EUR' },
      left: { amount: 45_500, currency: 'EUR' },
      pledges: [{ instrument: 'grant', pledged: { amount: 3_000, currency: 'EUR' }, pledges: 1 }],
      matches: 6,
      interests: 1,
    });
    const byStatus = dashboard.body.proposals as { status: string; count: number }[];
    expect(byStatus.reduce((n, s) => n + s.count, 0)).toBe(2);
    expect(byStatus).toContainEqual({ status: 'draft', count: 1 });

    expect(
      (await service.request('GET', '/calls/call-1/dashboard', undefined, { as: twgMember('twg-1') })).status,
    ).toBe(200);
    expect((await service.request('GET', '/calls/call-1/dashboard', undefined, { as: auditor })).status).toBe(
      200,
    );
    const outsider = await service.request('GET', '/calls/call-1/dashboard', undefined, {
      as: twgMember('twg-9'),
    });
    expect(outsider).toMatchObject({ status: 404, body: { code: 'funding.call.not_found' } });
    const missing = await service.request('GET', '/calls/no-such-call/dashboard', undefined, { as: pm });
    expect(missing).toMatchObject({ status: 404, body: { code: 'funding.call.not_found' } });
    const investor = await service.request('GET', '/calls/call-1/dashboard', undefined, {
      as: investorCaller(ada),
    });
    expect(investor.status).toBe(403);

    const investors = (await listed()) as {
      investorId: string;
      verified: boolean;
      matches: number;
      pledged: unknown[];
    }[];
    expect(investors.find((i) => i.investorId === ids.idOf(ada))).toMatchObject({
      verified: true,
      matches: 2,
      pledged: [{ amount: 3_000, currency: 'EUR' }],
    });
    expect(investors.find((i) => i.investorId === ids.idOf(cyd))).toMatchObject({ matches: 0, pledged: [] });
    expect(JSON.stringify(investors)).not.toContain('@');
  });

  it("changes an investor's interests on their profile, refusing tickets out of order, and matches them anew", async () => {
    const cyd$ = investorCaller(cyd);
    const id = ids.idOf(cyd);
    const refused = await service.request(
      'PUT',
      '/investor/profile',
      { interests: interests({ ticketMin: 9_000, ticketMax: 8_000 }) },
      { as: cyd$ },
    );
    expect(refused).toMatchObject({ status: 400, body: { code: 'funding.investor.ticket_range' } });
    expect(await store().of(INVESTOR).load(id)).toMatchObject({ version: 2 });
    expectInvalid(
      await service.request(
        'PUT',
        '/investor/profile',
        { interests: interests(), name: 'Someone else' },
        { as: cyd$ },
      ),
      'name',
    );

    const changed = await service.request(
      'PUT',
      '/investor/profile',
      { interests: interests({ sectors: ['ict', 'renewable-energy'] }) },
      { as: cyd$ },
    );
    expect(changed).toMatchObject({
      status: 200,
      body: { investorId: id, interests: { sectors: ['ict', 'renewable-energy'] } },
    });
    await eventually(async () =>
      expect(
        of(investorEvents, InvestorMatched.type)
          .filter((e) => e.subject.endsWith(`:${id}`))
          .map((e) => e.subject)
          .sort(),
      ).toEqual([`${P}:awarded:${id}`, `${P}:shortlisted:${id}`]),
    );
    const staff = await service.request('PUT', '/investor/profile', { interests: interests() }, { as: pm });
    expect(staff.status).toBe(403);
  });

  it('writes one sign-up and one verification for the same address and link sent at once', async () => {
    const eve = 'eve@parallel.example.org';
    const id = ids.idOf(eve);
    const signUps = await Promise.all(
      [1, 2, 3].map(() => service.request('POST', '/public/investors', signUpForm(eve))),
    );
    expect(signUps.map((r) => r.status)).toEqual([202, 202, 202]);
    const signedUp = await eventually(async () => {
      const [found] = of(investorEvents, InvestorSignedUp.type, id);
      expect(found).toBeTruthy();
      return found as EventEnvelope<InvestorSignedUpV1>;
    });
    const token = signedUp.data.verifyToken;
    const verifies = await Promise.all(
      [1, 2, 3].map(() => service.request('POST', '/public/investors/verify', { token })),
    );
    expect(verifies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await store().of(INVESTOR).load(id)).toMatchObject({ version: 2, state: { status: 'verified' } });
    await eventually(async () =>
      expect(
        of(investorEvents, InvestorMatched.type).filter((e) => e.subject.endsWith(`:${id}`)),
      ).toHaveLength(2),
    );
    expect(of(investorEvents, InvestorSignedUp.type, id)).toHaveLength(1);
    expect(of(investorEvents, 'funding.investor.verified', id)).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getConnectionToken } from '@nestjs/mongoose';
import { ProposalAwarded, ProposalScreened, ProposalShortlisted } from '@ikiraro/contracts';
import { AggregateStore, isSealed } from '@ikiraro/messaging';
import { eventually, probeTopic, type ServiceUnderTest, startService } from '@ikiraro/testing';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module.ts';
import { ALLOCATION, type Allocation, memberRecordId } from './review.ts';
import { finishCohort, invitationIdOf, invitationToken, openCall, twoTrainees } from '../funding.testing.ts';
import { auditor, callState, pm, seedCall, teamDraft, twg } from './review.testing.ts';

describe('review: the qualifying round, blind committee scoring, the shortlist and the allocation into awards', () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const [m1, m2, m3, outsider] = ['twg-a', 'twg-b', 'twg-c', 'twg-off'].map(twg) as [
    ReturnType<typeof twg>,
    ReturnType<typeof twg>,
    ReturnType<typeof twg>,
    ReturnType<typeof twg>,
  ];
  const A = 'call-rev-a';
  const B = 'call-rev-b';
  let P: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5', string>;
  let Q: string;

  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${ProposalScreened.topic}`);
    const ids = await seedCall(service, A, callState([m1.id, m2.id, m3.id], ['p1', 'p2', 'p3', 'p4', 'p5']), {
      p1: { requested: 4_800, jobsExpected: 6 },
      p2: { requested: 9_000, jobsExpected: 4 },
      p3: { requested: 3_000, jobsExpected: 3 },
      p4: {
        requested: 11_000,
        sector: 'ict',
        team: [{ personId: 'p4-t1', role: 'trainee', sex: 'woman' }],
        leadId: 'p4-t1',
        milestones: [{ id: 'p4-ms1', title: 'All of it', due: '2027-06-01', amount: 11_000 }],
      },
      p5: { requested: 1_000, status: 'draft' },
    });
    P = ids as typeof P;
    Q = (await seedCall(service, B, callState([m1.id, m2.id], ['q1']), { q1: { requested: 2_000 } })).q1!;
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.close();
  });

  const as = (who: object) => ({ as: who as typeof pm });
  const qualify = (id: string, body: object = {}) =>
    service.request('POST', `/proposals/${id}/qualification`, body, as(pm));
  const score = (id: string, who: object, impact: number, feasibility: number, comment?: string) =>
    service.request(
      'PUT',
      `/proposals/${id}/score`,
      {
        scores: [
          { criterion: 'impact', score: impact },
          { criterion: 'feasibility', score: feasibility },
        ],
        ...(comment ? { comment } : {}),
      },
      as(who),
    );
  const board = async (who: object, callId = A) => {
    const res = await service.request('GET', `/calls/${callId}/review`, undefined, as(who));
    expect(res.status).toBe(200);
    return res.body as { items: Record<string, any>[]; [k: string]: unknown };
  };
  const itemOf = (b: { items: Record<string, any>[] }, id: string) =>
    b.items.find((i) => i.proposalId === id)!;
  const eventsOf = (type: string, subject?: string) =>
    probe.events.filter((e) => e.type === type && (subject === undefined || e.subject === subject));
  /** Waits until exactly `count` events of `type` about `subject` arrived, and answers them. */
  const arrived = (type: string, subject: string, count = 1) =>
    eventually(async () => {
      const found = eventsOf(type, subject);
      expect(found).toHaveLength(count);
      return found;
    });

  it('disqualifies a proposal that fails the call’s rules, every failed rule a reason, announced once', async () => {
    const forced = await qualify(P.p4, { qualified: true });
    expect(forced.status).toBe(409);
    expect(forced.body).toMatchObject({ code: 'funding.review.rules_failed' });
    const reasons = [
      'The team has 1 trainee; the call asks for 2 to 6.',
      'The sector Information and communication technology is not one the call takes (Electrical technology, Renewable energy).',
      'The plan has 1 milestone; the call asks for at least 2.',
      "It asks for 11 000 EUR, over the call's ceiling of 10 000 EUR.",
    ];
    expect(forced.body.failed).toEqual(reasons);
    const screened = await qualify(P.p4, { reasons: ['No letter from the cooperatives.'] });
    expect(screened.status).toBe(200);
    expect(screened.body).toMatchObject({
      proposalId: P.p4,
      qualified: false,
      reasons: [...reasons, 'No letter from the cooperatives.'],
    });
    const [event] = await arrived(ProposalScreened.type, P.p4);
    expect(event!.data).toEqual({
      proposalId: P.p4,
      callId: A,
      totId: 'p4',
      iprc: 'MSZ',
      sector: 'ict',
      leadId: 'p4-t1',
      title: 'Pilot of p4',
      qualified: false,
      reasons: [...reasons, 'No letter from the cooperatives.'],
    });
    const again = await qualify(P.p4);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'funding.review.screened_already' });
  });

  it('qualifies the proposals that pass the rules, and refuses a draft, a reasonless disqualification, a member', async () => {
    const reasonless = await qualify(P.p1, { qualified: false });
    expect(reasonless.status).toBe(400);
    expect(reasonless.body).toMatchObject({ code: 'funding.review.reason_required' });
    expect((await qualify(P.p5)).body).toMatchObject({ code: 'funding.review.not_submitted' });
    const byMember = await service.request('POST', `/proposals/${P.p1}/qualification`, {}, as(m1));
    expect(byMember.status).toBe(403);
    expect((await qualify(P.p1, { unknown: true })).status).toBe(400);
    for (const id of [P.p1, P.p2, P.p3, Q]) {
      const res = await qualify(id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ proposalId: id, qualified: true, reasons: [] });
    }
    const [p1] = await arrived(ProposalScreened.type, P.p1);
    expect(p1!.data).toMatchObject({ qualified: true, reasons: [] });
    expect(eventsOf(ProposalScreened.type, P.p5)).toEqual([]);
  });

  it('hides the others’ scores and the mean from a member until their own score is in; staff see all', async () => {
    const first = await score(P.p1, m1, 5, 10, 'Clear plan, strong partners.');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      proposalId: P.p1,
      total: 100,
      comment: 'Clear plan, strong partners.',
    });
    const blind = itemOf(await board(m2), P.p1);
    expect(blind).toMatchObject({
      visible: false,
      mine: null,
      scores: null,
      mean: null,
      rank: null,
      scoreCount: 1,
    });
    const own = itemOf(await board(m1), P.p1);
    expect(own).toMatchObject({ visible: true, mean: 100, rank: 1, mine: { total: 100 } });
    expect(own.scores).toEqual([
      {
        memberId: m1.id,
        name: m1.name,
        scores: [
          { criterion: 'impact', score: 5 },
          { criterion: 'feasibility', score: 10 },
        ],
        total: 100,
        comment: 'Clear plan, strong partners.',
      },
    ]);
    expect(itemOf(await board(auditor), P.p1)).toMatchObject({ visible: true, mean: 100, scoreCount: 1 });
    const off = await service.request('GET', `/calls/${A}/review`, undefined, as(outsider));
    expect(off.status).toBe(404);
    expect((await score(P.p1, outsider, 1, 1)).status).toBe(404);
    const db = service.app.get<Connection>(getConnectionToken()).db!;
    const stored = await eventually(async () => {
      const doc = await db
        .collection<{ _id: string; name: unknown; comment: unknown }>('scores')
        .findOne({ _id: memberRecordId(P.p1, m1.id) });
      expect(doc).not.toBeNull();
      return doc!;
    });
    expect(isSealed(stored.name) && isSealed(stored.comment)).toBe(true);
  });

  it('refuses scores that do not fit the rubric, and scores of a disqualified proposal', async () => {
    const wrong = await service.request(
      'PUT',
      `/proposals/${P.p2}/score`,
      {
        scores: [
          { criterion: 'impact', score: 6 },
          { criterion: 'beauty', score: 1 },
        ],
      },
      as(m1),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'funding.review.scores_invalid' });
    expect(wrong.body.problems).toEqual([
      'impact: a whole number from 0 to 5',
      "beauty: not a criterion of the call's rubric",
      'feasibility: not scored',
    ]);
    expect((await score(P.p4, m1, 1, 1)).body).toMatchObject({ code: 'funding.review.not_qualified' });
    expect(itemOf(await board(pm), P.p2)).toMatchObject({ scoreCount: 0, mean: null });
  });

  it('lets a member declare a conflict: then they cannot score, and are shown as a recusal', async () => {
    const declared = await service.request(
      'POST',
      `/proposals/${P.p1}/conflict`,
      { reason: 'My cousin leads this team.' },
      as(m3),
    );
    expect(declared.status).toBe(201);
    expect(declared.body).toMatchObject({
      proposalId: P.p1,
      memberId: m3.id,
      reason: 'My cousin leads this team.',
    });
    const refused = await score(P.p1, m3, 5, 10);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'funding.review.recused' });
    const again = await service.request(
      'POST',
      `/proposals/${P.p1}/conflict`,
      { reason: 'Again, my cousin.' },
      as(m3),
    );
    expect(again.body).toMatchObject({ code: 'funding.review.conflict_declared_already' });
    const seen = itemOf(await board(m3), P.p1);
    expect(seen).toMatchObject({ recused: true, visible: true, scoreCount: 1, recusalCount: 1 });
    expect(seen.recusals).toEqual([{ memberId: m3.id, name: m3.name, reason: 'My cousin leads this team.' }]);
    expect(itemOf(await board(m2), P.p1).recusals).toEqual([
      { memberId: m3.id, name: m3.name, reason: null },
    ]);
  });

  it('flags a disagreement when the members’ totals are more than 20 points apart, and says the rule', async () => {
    expect((await score(P.p1, m2, 3, 6)).body).toMatchObject({ total: 60 });
    const b = await board(m2);
    expect(b.disagreementRule).toContain('more than 20 points');
    expect(itemOf(b, P.p1)).toMatchObject({ mean: 80, spread: 40, disagreement: true, scoreCount: 2 });
    expect((await score(P.p2, m1, 4, 7)).body).toMatchObject({ total: 76 });
    expect((await score(P.p2, m2, 4, 4)).body).toMatchObject({ total: 64 });
    expect(itemOf(await board(pm), P.p2)).toMatchObject({ mean: 70, spread: 12, disagreement: false });
  });

  it('refuses the shortlist while a qualified proposal has fewer than two scores, naming it', async () => {
    await score(P.p3, m1, 3, 6);
    const refused = await service.request('POST', `/calls/${A}/shortlist`, {}, as(pm));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'funding.review.incomplete',
      underScored: [{ proposalId: P.p3, title: 'Pilot of p3', scores: 1 }],
      unscreened: [],
    });
    expect(refused.body.title).toContain('Pilot of p3 (1 of 2 scores)');
    expect(eventsOf(ProposalShortlisted.type)).toEqual([]);
  });

  it('shortlists by rank once every qualified proposal is scored, each announced once; scores then close', async () => {
    await score(P.p3, m2, 3, 6);
    const made = await service.request('POST', `/calls/${A}/shortlist`, {}, as(pm));
    expect(made.status).toBe(200);
    expect(made.body).toEqual({
      callId: A,
      size: 6,
      entries: [
        { proposalId: P.p1, title: 'Pilot of p1', rank: 1, score: 80, requested: 4_800, jobsExpected: 6 },
        { proposalId: P.p2, title: 'Pilot of p2', rank: 2, score: 70, requested: 9_000, jobsExpected: 4 },
        { proposalId: P.p3, title: 'Pilot of p3', rank: 3, score: 60, requested: 3_000, jobsExpected: 3 },
      ],
    });
    const [p1] = await arrived(ProposalShortlisted.type, P.p1);
    expect(p1!.data).toEqual({
      proposalId: P.p1,
      callId: A,
      totId: 'p1',
      iprc: 'MSZ',
      sector: 'renewable-energy',
      leadId: 'p1-t1',
      title: 'Pilot of p1',
      summary: 'Trainees of p1 build and run a pilot for local cooperatives.',
      requested: { amount: 4_800, currency: 'EUR' },
      jobsExpected: 6,
      rank: 1,
      score: 80,
    });
    await arrived(ProposalShortlisted.type, P.p2);
    await arrived(ProposalShortlisted.type, P.p3);
    const again = await service.request('POST', `/calls/${A}/shortlist`, {}, as(pm));
    expect(again.body).toMatchObject({ code: 'funding.review.shortlisted_already' });
    expect((await score(P.p1, m1, 1, 1)).body).toMatchObject({ code: 'funding.review.shortlisted_already' });
    expect(eventsOf(ProposalShortlisted.type)).toHaveLength(3);
  });

  it('proposes the awards line by line within the fund, skipping one that no longer fits', async () => {
    const res = await service.request('GET', `/calls/${A}/allocation`, undefined, as(m1));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      rule: 'skip',
      fund: { amount: 12_000, currency: 'EUR' },
      awardsAtMost: 3,
    });
    expect(
      res.body.lines.map((l: Record<string, unknown>) => [l.proposalId, l.decision, l.amount, l.reason]),
    ).toEqual([
      [P.p1, 'funded', 4_800, 'funded: 4 800 of 12 000 left'],
      [P.p2, 'skipped', 0, 'skipped: asks 9 000, 7 200 left'],
      [P.p3, 'funded', 3_000, 'funded: 3 000 of 7 200 left'],
    ]);
    expect(res.body).toMatchObject({ awarded: 7_800, left: 4_200, approval: null });
    expect((await service.request('GET', `/calls/${A}/allocation`, undefined, as(outsider))).status).toBe(
      404,
    );
  });

  it('refuses a changed allocation without a reason, over the fund, or over what a proposal asks', async () => {
    const approve = (body: object) => service.request('POST', `/calls/${A}/allocation/approve`, body, as(pm));
    const changed = [
      { proposalId: P.p1, amount: 4_800 },
      { proposalId: P.p2, amount: 7_200 },
    ];
    expect((await approve({ awards: changed })).body).toMatchObject({
      code: 'funding.allocation.reason_required',
    });
    const reason = 'The team of p2 agreed to phase its second workshop.';
    const overFund = await approve({
      awards: [
        { proposalId: P.p1, amount: 4_800 },
        { proposalId: P.p2, amount: 9_000 },
      ],
      reason,
    });
    expect(overFund.status).toBe(400);
    expect(overFund.body).toMatchObject({
      code: 'funding.allocation.over_fund',
      total: 13_800,
      fund: 12_000,
    });
    const overAsked = await approve({ awards: [{ proposalId: P.p3, amount: 3_500 }], reason });
    expect(overAsked.body).toMatchObject({ code: 'funding.allocation.over_requested' });
    const notListed = await approve({ awards: [{ proposalId: P.p4, amount: 1_000 }], reason });
    expect(notListed.body).toMatchObject({ code: 'funding.allocation.not_shortlisted' });
    expect((await approve({ awards: changed, reason })).status).toBe(200);
    // The refusals wrote nothing: only the approved awards are announced.
    await arrived(ProposalAwarded.type, P.p2);
    expect(
      eventsOf(ProposalAwarded.type)
        .map((e) => e.subject)
        .toSorted(),
    ).toEqual([P.p1, P.p2].toSorted());
  });

  it('records the changed approval with who and why, each award announced once with its tranches', async () => {
    const res = await service.request('GET', `/calls/${A}/allocation`, undefined, as(auditor));
    expect(res.body.approval).toMatchObject({
      by: pm.id,
      changed: true,
      reason: 'The team of p2 agreed to phase its second workshop.',
      awarded: 12_000,
      awards: [
        { proposalId: P.p1, amount: 4_800, rank: 1, tranches: 2 },
        { proposalId: P.p2, amount: 7_200, rank: 2, tranches: 2 },
      ],
    });
    const [p2] = await arrived(ProposalAwarded.type, P.p2);
    expect(p2!.data).toMatchObject({
      proposalId: P.p2,
      awarded: { amount: 7_200, currency: 'EUR' },
      rank: 2,
      tranches: 2,
    });
    const again = await service.request('POST', `/calls/${A}/allocation/approve`, {}, as(pm));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'funding.allocation.approved_already' });
    await arrived(ProposalAwarded.type, P.p1);
    expect(eventsOf(ProposalAwarded.type, P.p3)).toEqual([]);
  });

  it('approves the proposed allocation as it stands without a reason', async () => {
    expect((await service.request('GET', `/calls/${B}/allocation`, undefined, as(pm))).body).toMatchObject({
      code: 'funding.allocation.not_shortlisted',
    });
    await score(Q, m1, 4, 8);
    await score(Q, m2, 5, 8);
    expect((await service.request('POST', `/calls/${B}/shortlist`, { size: 1 }, as(pm))).status).toBe(200);
    const approved = await service.request('POST', `/calls/${B}/allocation/approve`, {}, as(pm));
    expect(approved.status).toBe(200);
    expect(approved.body.approval).toMatchObject({
      changed: false,
      reason: null,
      awards: [{ proposalId: Q, amount: 2_000, rank: 1, tranches: 2 }],
    });
    const [awarded] = await arrived(ProposalAwarded.type, Q);
    expect(awarded!.data).toMatchObject({
      awarded: { amount: 2_000, currency: 'EUR' },
      rank: 1,
      tranches: 2,
    });
  });

  it('screens a proposal a team submitted through the calls and proposals features, which then shows it qualified', async () => {
    const totId = 'tot-rev-api';
    await finishCohort(totId, 'KGL', twoTrainees(totId));
    const call = await openCall(service, [totId], { committee: [{ accountId: m1.id, name: m1.name }] });
    const headers = { 'x-invitation-token': invitationToken(invitationIdOf(call.id, `${totId}-t1`)) };
    const draft = await eventually(async () => {
      const res = await service.request('GET', '/public/proposal', undefined, { headers });
      expect(res.status).toBe(200);
      return res.body;
    });
    const saved = await service.request('PUT', '/public/proposal', teamDraft(`${totId}-t1`), { headers });
    expect(saved.status).toBe(200);
    expect((await service.request('POST', '/public/proposal/submit', undefined, { headers })).status).toBe(
      200,
    );
    expect((await service.request('POST', `/calls/${call.id}/close`, undefined, as(pm))).status).toBe(200);
    const screened = await qualify(draft.id);
    expect(screened.body).toMatchObject({ proposalId: draft.id, qualified: true, reasons: [] });
    await arrived(ProposalScreened.type, draft.id);
    await eventually(async () => {
      const res = await service.request('GET', `/proposals/${draft.id}`, undefined, as(pm));
      expect(res.body).toMatchObject({ status: 'qualified', screening: { qualified: true, reasons: [] } });
    });
    const shown = itemOf(await board(m1, call.id), draft.id);
    expect(shown).toMatchObject({ title: teamDraft('').title, scoreCount: 0, visible: false });
  });

  it('writes the shortlisted events a crash left unwritten when the shortlist is asked for again', async () => {
    const C = 'call-rev-c';
    const { c1 } = await seedCall(service, C, callState([m1.id, m2.id], ['c1']), {
      c1: { requested: 1_500 },
    });
    expect((await qualify(c1!)).body).toMatchObject({ qualified: true });
    // As if the process died right after the shortlist decision was stored, before its events were written.
    const entry = {
      proposalId: c1!,
      title: 'Pilot of c1',
      rank: 1,
      score: 75,
      requested: 1_500,
      jobsExpected: 5,
      milestones: 2,
    };
    await service.app
      .get(AggregateStore)
      .of<Allocation>(ALLOCATION)
      .create(C, {
        callId: C,
        shortlist: { size: 6, by: pm.id, at: new Date().toISOString(), entries: [entry] },
      });
    const again = await service.request('POST', `/calls/${C}/shortlist`, {}, as(pm));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'funding.review.shortlisted_already' });
    const [event] = await arrived(ProposalShortlisted.type, c1!);
    expect(event!.data).toMatchObject({ proposalId: c1, rank: 1, score: 75 });
    await service.request('POST', `/calls/${C}/shortlist`, {}, as(pm));
    expect(eventsOf(ProposalShortlisted.type, c1!)).toHaveLength(1);
  });
});

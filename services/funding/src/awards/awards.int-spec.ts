import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MilestoneApproved,
  type MilestoneApprovedV1,
  ProposalAwarded,
  TrancheReleased,
  type TrancheReleasedV1,
} from '@ikiraro/contracts';
import {
  eventually,
  expectInvalid,
  probeTopic,
  publishEvents,
  redeliver,
  type ServiceUnderTest,
  startService,
  tokenFor,
} from '@ikiraro/testing';
import { AggregateStore } from '@ikiraro/messaging';
import { PROPOSAL, type Proposal } from '../proposals/proposal.ts';
import { AWARD, type Award } from './award.ts';
import { AppModule } from '../app.module.ts';
import { pm, twgMember } from '../funding.testing.ts';
import { pdf } from '../proposals/proposals.testing.ts';
import { awardedOf, awardedProposal } from './awards.testing.ts';

describe('an award paid in tranches against milestones the team reports and staff approve', () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  let tranches: Awaited<ReturnType<typeof probeTopic>>;
  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${MilestoneApproved.topic}`);
    tranches = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${TrancheReleased.topic}`);
  });
  afterAll(async () => {
    await probe?.stop();
    await tranches?.stop();
    await service?.close();
  });

  const team = (token: string) => ({ headers: { 'x-invitation-token': token } });
  const upload = (token: string, milestoneId: string, body: Buffer, name = 'receipt.pdf') =>
    fetch(`${service.url}/public/award/milestones/${milestoneId}/evidence?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'x-invitation-token': token },
      body,
    });
  const eventsOf = (type: string, awardId: string) =>
    [...probe.events, ...tranches.events].filter(
      (e) => e.type === type && (e.data as { awardId: string }).awardId === awardId,
    );
  const awardOnceMade = async (id: string) => {
    let body: Record<string, unknown> = {};
    await eventually(async () => {
      const res = await service.request('GET', `/awards/${id}`, undefined, { as: pm });
      expect(res.status).toBe(200);
      body = res.body;
    }, 30_000);
    return body as { milestones: { id: string; amount: number; status: string }[]; ledger: unknown };
  };

  it('makes the award from the event, its tranches the milestones scaled to add up exactly', async () => {
    const { id, proposal } = await awardedProposal(service, 'call-scaled', 5_000, 3_001);
    const award = await awardOnceMade(id);
    expect(award).toMatchObject({
      id,
      callId: 'call-scaled',
      title: proposal.title,
      iprc: 'KGL',
      sector: 'renewable-energy',
      currency: 'EUR',
      milestones: [
        { id: proposal.milestones[0]!.id, title: 'Built', amount: 1_500, status: 'pending', evidence: [] },
        { id: proposal.milestones[1]!.id, title: 'In use', amount: 1_501, status: 'pending', evidence: [] },
      ],
      ledger: { awarded: 3_001, released: 0, paid: 0, outstanding: 3_001, payments: [] },
    });
    const list = await service.request('GET', '/awards', undefined, { as: pm });
    expect(list.status).toBe(200);
    expect(list.body.items).toContainEqual({
      id,
      callId: 'call-scaled',
      title: proposal.title,
      iprc: 'KGL',
      sector: 'renewable-energy',
      currency: 'EUR',
      awarded: 3_001,
      paid: 0,
      next: { id: proposal.milestones[0]!.id, title: 'Built', due: '2027-06-01', status: 'pending' },
    });
  });

  it('keeps the milestone amounts when the award is what was asked; a correction before any report rescales them', async () => {
    const { id, proposal } = await awardedProposal(service, 'call-whole', 6_000, 6_000);
    const award = await awardOnceMade(id);
    expect(award.milestones.map((m) => m.amount)).toEqual([3_000, 3_000]);
    const [second] = await publishEvents(ProposalAwarded, [
      { subject: id, data: awardedOf(id, proposal, 4_000) },
    ]);
    // Each award event makes a version: nothing is reported yet, so the tranches follow the corrected amount.
    const awards = service.app.get(AggregateStore).of<Award>(AWARD);
    await eventually(async () => expect((await awards.load(id))?.version).toBe(2), 30_000);
    expect((await awards.load(id))!.state.milestones.map((m) => m.amount)).toEqual([2_000, 2_000]);
    // The redelivery and a later award on the same partition, in order: only the later one makes a version.
    await redeliver(ProposalAwarded, second!);
    await publishEvents(ProposalAwarded, [{ subject: id, data: awardedOf(id, proposal, 4_500) }]);
    const proposals = service.app.get(AggregateStore).of<Proposal>(PROPOSAL);
    await eventually(async () => expect((await proposals.load(id))?.state.award?.amount).toBe(4_500), 30_000);
    await eventually(async () => expect((await awards.load(id))?.version).toBeGreaterThanOrEqual(3), 30_000);
    expect((await awards.load(id))?.version).toBe(3);
    const again = await service.request('GET', `/awards/${id}`, undefined, { as: pm });
    expect(again.body.ledger).toMatchObject({ awarded: 4_500, outstanding: 4_500 });
    expect(again.body.milestones.map((m: { amount: number }) => m.amount)).toEqual([2_250, 2_250]);
  });

  it('takes a report with evidence, returned, reported again, approved, paid once: the ledger adds up', async () => {
    const { id, token, trainees, trainer, proposal } = await awardedProposal(
      service,
      'call-paid',
      5_000,
      5_000,
    );
    const [first, second] = (await awardOnceMade(id)).milestones;
    const as = team(token[trainees[1]!]!);

    const seen = await service.request('GET', '/public/award', undefined, team(token[trainer]!));
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id, ledger: { awarded: 5_000, paid: 0 } });

    const notPdf = await upload(token[trainees[0]!]!, first!.id, Buffer.from('hello'));
    expect(notPdf.status).toBe(400);
    expect(await notPdf.json()).toMatchObject({ code: 'funding.attachment.not_pdf' });
    const early = await upload(token[trainees[0]!]!, second!.id, pdf);
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ code: 'funding.milestone.out_of_order' });
    const uploaded = await upload(token[trainees[0]!]!, first!.id, pdf, 'photos.pdf');
    expect(uploaded.status).toBe(201);
    const evidence = (await uploaded.json()) as { id: string; name: string; bytes: number };
    expect(evidence).toMatchObject({ name: 'photos.pdf', bytes: pdf.length });

    const report = {
      narrative: 'The first dryer is built and drying.',
      figures: { jobsCreated: 3 },
      evidence: [evidence.id],
    };
    expectInvalid(
      await service.request(
        'POST',
        `/public/award/milestones/${first!.id}/report`,
        { ...report, figures: {} },
        as,
      ),
      'jobsCreated',
    );
    const outOfOrder = await service.request(
      'POST',
      `/public/award/milestones/${second!.id}/report`,
      report,
      as,
    );
    expect(outOfOrder.status).toBe(409);
    expect(outOfOrder.body.code).toBe('funding.milestone.out_of_order');
    const reported = await service.request(
      'POST',
      `/public/award/milestones/${first!.id}/report`,
      report,
      as,
    );
    expect(reported.status).toBe(200);
    expect(reported.body.milestones[0]).toMatchObject({
      status: 'reported',
      report: { figures: { jobsCreated: 3 } },
    });

    const back = await fetch(`${service.url}/awards/${id}/milestones/${first!.id}/evidence`, {
      headers: { authorization: `Bearer ${await tokenFor(pm)}` },
    });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toContain('application/pdf');
    expect(Buffer.from(await back.arrayBuffer())).toEqual(pdf);

    const milestone = `/awards/${id}/milestones/${first!.id}`;
    expectInvalid(await service.request('POST', `${milestone}/return`, {}, { as: pm }), 'reason');
    const returned = await service.request(
      'POST',
      `${milestone}/return`,
      { reason: 'Add a photo of the dryer' },
      { as: pm },
    );
    expect(returned.status).toBe(200);
    expect(returned.body.milestones[0]).toMatchObject({
      status: 'returned',
      returned: { reason: 'Add a photo of the dryer' },
    });
    const told = await service.request('GET', '/public/award', undefined, as);
    expect(told.body.milestones[0]).toMatchObject({
      status: 'returned',
      returned: { reason: 'Add a photo of the dryer' },
    });
    const again = await service.request(
      'POST',
      `/public/award/milestones/${first!.id}/report`,
      { ...report, figures: { jobsCreated: 4 } },
      as,
    );
    expect(again.status).toBe(200);

    const unapproved = await service.request(
      'POST',
      `${milestone}/payment`,
      { date: '2027-06-10', amount: 2_500, reference: 'BK-1' },
      { as: pm },
    );
    expect(unapproved.status).toBe(409);
    expect(unapproved.body.code).toBe('funding.milestone.not_approved');
    const approved = await service.request('POST', `${milestone}/approve`, undefined, { as: pm });
    expect(approved.status).toBe(200);
    expect(approved.body.milestones[0].status).toBe('approved');
    expect(approved.body.ledger).toMatchObject({
      awarded: 5_000,
      released: 2_500,
      paid: 0,
      outstanding: 5_000,
    });
    const twice = await service.request('POST', `${milestone}/approve`, undefined, { as: pm });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('funding.milestone.not_reported');

    const wrong = await service.request(
      'POST',
      `${milestone}/payment`,
      { date: '2027-06-10', amount: 2_400, reference: 'BK-1' },
      { as: pm },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('funding.tranche.amount_mismatch');
    const unchanged = await service.request('GET', `/awards/${id}`, undefined, { as: pm });
    expect(unchanged.body.milestones[0].status).toBe('approved');
    expect(unchanged.body.ledger).toMatchObject({ paid: 0, outstanding: 5_000, payments: [] });

    const paid = await service.request(
      'POST',
      `${milestone}/payment`,
      { date: '2027-06-10', amount: 2_500, reference: 'BK-1' },
      { as: pm },
    );
    expect(paid.status).toBe(200);
    expect(paid.body.milestones[0]).toMatchObject({
      status: 'paid',
      payment: { date: '2027-06-10', amount: 2_500, reference: 'BK-1' },
    });
    expect(paid.body.ledger).toEqual({
      awarded: 5_000,
      released: 2_500,
      paid: 2_500,
      outstanding: 2_500,
      payments: [{ milestoneId: first!.id, date: '2027-06-10', amount: 2_500, reference: 'BK-1' }],
    });
    const secondPayment = await service.request(
      'POST',
      `${milestone}/payment`,
      { date: '2027-06-11', amount: 2_500, reference: 'BK-2' },
      { as: pm },
    );
    expect(secondPayment.status).toBe(409);
    expect(secondPayment.body.code).toBe('funding.tranche.already_paid');

    await eventually(async () => {
      expect(eventsOf(MilestoneApproved.type, id).map((e) => e.data as MilestoneApprovedV1)).toEqual([
        {
          awardId: id,
          callId: 'call-paid',
          iprc: 'KGL',
          sector: 'renewable-energy',
          milestoneId: first!.id,
          title: 'Built',
          jobsCreated: 4,
        },
      ]);
      expect(eventsOf(TrancheReleased.type, id).map((e) => e.data as TrancheReleasedV1)).toEqual([
        {
          awardId: id,
          callId: 'call-paid',
          iprc: 'KGL',
          sector: 'renewable-energy',
          milestoneId: first!.id,
          trancheId: `${id}.${first!.id}`,
          paid: { amount: 2_500, currency: 'EUR' },
          paidOn: '2027-06-10',
          reference: 'BK-1',
          disbursed: { amount: 2_500, currency: 'EUR' },
        },
      ]);
    }, 30_000);
    const next = await service.request('GET', '/awards', undefined, { as: pm });
    expect(next.body.items).toContainEqual(
      expect.objectContaining({ id, paid: 2_500, next: expect.objectContaining({ id: second!.id }) }),
    );

    // Once money moved, a later award event changes nothing (it only makes a version of its own).
    const awards = service.app.get(AggregateStore).of<Award>(AWARD);
    const before = (await awards.load(id))!;
    await publishEvents(ProposalAwarded, [{ subject: id, data: awardedOf(id, proposal, 9_000) }]);
    await eventually(async () => expect((await awards.load(id))?.version).toBe(before.version + 1), 30_000);
    expect((await awards.load(id))!.state).toEqual(before.state);
  });

  it('shows an award to its committee only, and refuses a token it did not sign', async () => {
    const { id } = await awardedProposal(service, 'call-scope', 4_000, 4_000);
    await awardOnceMade(id);
    const member = await service.request('GET', `/awards/${id}`, undefined, { as: twgMember('twg-on') });
    expect(member.status).toBe(200);
    const outsider = await service.request('GET', `/awards/${id}`, undefined, { as: twgMember('twg-off') });
    expect(outsider.status).toBe(404);
    expect(outsider.body.code).toBe('funding.award.not_found');
    const list = await service.request('GET', '/awards', undefined, { as: twgMember('twg-off') });
    expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(id);
    const forged = await service.request('GET', '/public/award', undefined, team('not-a-token'));
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('funding.invitation.invalid');
  });
});

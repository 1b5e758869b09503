import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ProposalAwarded,
  ProposalScreened,
  ProposalShortlisted,
  ProposalSubmitted,
  type ProposalSubmittedV1,
} from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
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
import { AppModule } from '../app.module.ts';
import { PROPOSAL, type Proposal, proposalIdOf } from './proposal.ts';
import { completeDraft, pdf, pm, seedCall, twg } from './proposals.testing.ts';

describe('a team drafts and submits its proposal; staff read it; review moves it on', () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${ProposalSubmitted.topic}`);
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.close();
  });

  const team = (token: string) => ({ headers: { 'x-invitation-token': token } });
  const upload = (token: string, body: Buffer, name = 'quote.pdf') =>
    fetch(`${service.url}/public/proposal/attachments?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'x-invitation-token': token },
      body,
    });
  const submittedEvents = (proposalId: string) =>
    probe.events.filter(
      (e) => e.type === ProposalSubmitted.type && (e.data as ProposalSubmittedV1).proposalId === proposalId,
    );

  /** A call whose one team drafted a complete proposal and submitted it. */
  async function submittedProposal(callId: string) {
    const seeded = await seedCall(service, callId);
    const as = team(seeded.token[seeded.trainees[0]!]!);
    await service.request('PUT', '/public/proposal', completeDraft(seeded.trainees[1]!), as);
    const submitted = await service.request('POST', '/public/proposal/submit', undefined, as);
    expect(submitted.status).toBe(200);
    return { ...seeded, as, id: proposalIdOf(callId, seeded.totId) };
  }

  it('keeps a draft across reads, for every member of the team, with its totals and what it lacks', async () => {
    const { token, trainees, trainer, totId } = await seedCall(service, 'call-draft');
    const first = await service.request('GET', '/public/proposal', undefined, team(token[trainer]!));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      id: proposalIdOf('call-draft', totId),
      status: 'draft',
      currency: 'EUR',
      ceiling: 10_000,
      requested: 0,
      budget: [],
      missing: expect.arrayContaining([
        'title: required',
        'budget: at least one line',
        'milestones: at least one',
      ]),
    });
    const saved = await service.request(
      'PUT',
      '/public/proposal',
      {
        title: 'Solar dryers',
        budget: [{ item: 'Panels', quantity: 3, unitCost: 1_200 }],
        leadId: trainees[1],
      },
      team(token[trainees[0]!]!),
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      title: 'Solar dryers',
      budget: [{ item: 'Panels', quantity: 3, unitCost: 1_200, total: 3_600 }],
      requested: 3_600,
      leadId: trainees[1],
    });
    await eventually(async () => {
      const again = await service.request('GET', '/public/proposal', undefined, team(token[trainer]!));
      expect(again.body).toMatchObject({ id: first.body.id, title: 'Solar dryers', requested: 3_600 });
      expect(again.body.missing).not.toContain('title: required');
      expect(again.body.team).toEqual([
        { personId: trainees[0], role: 'trainee', name: 'Alice Mukamana' },
        { personId: trainees[1], role: 'trainee', name: 'Eric Habimana' },
        { personId: trainer, role: 'trainer', name: 'Trainer One' },
      ]);
    });
  });

  it('refuses bad fields, a lead who is not a trainee and an unsigned token, writing nothing', async () => {
    const { token, trainees, trainer } = await seedCall(service, 'call-bad');
    const as = team(token[trainees[0]!]!);
    const before = await service.request('PUT', '/public/proposal', { title: 'Kept' }, as);
    expectInvalid(
      await service.request('PUT', '/public/proposal', { summary: 'x'.repeat(601) }, as),
      'summary',
    );
    expectInvalid(await service.request('PUT', '/public/proposal', { sector: 'astrology' }, as), 'sector');
    expectInvalid(
      await service.request(
        'PUT',
        '/public/proposal',
        { title: 'Lost', budget: [{ item: 'Panels', quantity: 0, unitCost: 5 }] },
        as,
      ),
      'quantity',
    );
    expectInvalid(
      await service.request(
        'PUT',
        '/public/proposal',
        { milestones: [{ title: 'One', due: 'soon', amount: 1 }] },
        as,
      ),
      'due',
    );
    expectInvalid(
      await service.request('PUT', '/public/proposal', { title: 'Lost', status: 'awarded' }, as),
      'status',
    );
    const trainerLead = await service.request(
      'PUT',
      '/public/proposal',
      { title: 'Lost', leadId: trainer },
      as,
    );
    expect(trainerLead.status).toBe(400);
    expect(trainerLead.body.code).toBe('funding.proposal.lead_not_trainee');
    const forged = await service.request('GET', '/public/proposal', undefined, team('Zm9v.bad'));
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('funding.invitation.invalid');
    const after = await service.request('GET', '/public/proposal', undefined, as);
    expect(after.body).toEqual(before.body);
    const stored = await service.app.get(AggregateStore).of<Proposal>(PROPOSAL).load(after.body.id);
    expect(stored).toMatchObject({ version: 2, state: { title: 'Kept', budget: [], leadId: trainees[0] } });
  });

  it('refuses a submission with every reason it is not complete, and one over the ceiling', async () => {
    const { token, trainees, callId } = await seedCall(service, 'call-incomplete');
    const as = team(token[trainees[0]!]!);
    await service.request(
      'PUT',
      '/public/proposal',
      { title: 'Half done', budget: [{ item: 'Kit', quantity: 5, unitCost: 1_000 }] },
      as,
    );
    const empty = await service.request('POST', '/public/proposal/submit', undefined, as);
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      code: 'funding.proposal.incomplete',
      missing: [
        'summary: required',
        'problem: required',
        'localNeed: required',
        'solution: required',
        'sector: required',
        'milestones: at least one',
      ],
    });
    const draft = completeDraft(trainees[0]!);
    const short = {
      ...draft,
      budget: [{ item: 'Kit', quantity: 5, unitCost: 1_000 }],
      milestones: [{ title: 'All', due: '2027-06-01', amount: 4_800 }],
    };
    await service.request('PUT', '/public/proposal', short, as);
    const unbalanced = await service.request('POST', '/public/proposal/submit', undefined, as);
    expect(unbalanced.body).toMatchObject({
      code: 'funding.proposal.incomplete',
      missing: ['milestones: amounts add up to 4 800, the budget to 5 000'],
    });
    const over = {
      ...draft,
      budget: [{ item: 'Kit', quantity: 11, unitCost: 1_000 }],
      milestones: [{ title: 'All', due: '2027-06-01', amount: 11_000 }],
    };
    await service.request('PUT', '/public/proposal', over, as);
    const refused = await service.request('POST', '/public/proposal/submit', undefined, as);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'funding.proposal.over_ceiling',
      requested: 11_000,
      ceiling: 10_000,
    });
    const still = await service.request('GET', '/public/proposal', undefined, as);
    expect(still.body).toMatchObject({ status: 'draft', missing: [] });
    expect(submittedEvents(proposalIdOf(callId, 'tot-1'))).toHaveLength(0);
  });

  it('refuses changes and submission after the deadline, and a first visit to a call that is not open', async () => {
    const late = await seedCall(service, 'call-late', {
      deadline: new Date(Date.now() - 60_000).toISOString(),
    });
    const as = team(late.token[late.trainees[0]!]!);
    const read = await service.request('GET', '/public/proposal', undefined, as);
    expect(read.body.status).toBe('draft');
    const put = await service.request('PUT', '/public/proposal', completeDraft(late.trainees[0]!), as);
    expect(put.status).toBe(409);
    expect(put.body.code).toBe('funding.call.deadline_passed');
    const submit = await service.request('POST', '/public/proposal/submit', undefined, as);
    expect(submit.body.code).toBe('funding.call.deadline_passed');
    expect((await upload(as.headers['x-invitation-token'], pdf)).status).toBe(409);
    const closed = await seedCall(service, 'call-closed', { status: 'closed' });
    const first = await service.request(
      'GET',
      '/public/proposal',
      undefined,
      team(closed.token[closed.trainer]!),
    );
    expect(first.status).toBe(409);
    expect(first.body.code).toBe('funding.call.not_open');
    expect(
      await service.app.get(AggregateStore).of(PROPOSAL).load(proposalIdOf('call-closed', 'tot-1')),
    ).toBeNull();
  });

  it('submits once, announcing the team by sex and what it asks, then keeps it read-only', async () => {
    const { as, id, trainees, token } = await submittedProposal('call-submit');
    const again = await service.request(
      'POST',
      '/public/proposal/submit',
      undefined,
      team(token[trainees[1]!]!),
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('funding.proposal.submitted_already');
    const edit = await service.request('PUT', '/public/proposal', { title: 'Changed' }, as);
    expect(edit.body.code).toBe('funding.proposal.submitted_already');
    const read = await service.request('GET', '/public/proposal', undefined, as);
    expect(read.body).toMatchObject({
      status: 'submitted',
      title: 'Solar dryers for Musanze cooperatives',
      missing: [],
    });
    await eventually(async () => expect(submittedEvents(id)).toHaveLength(1));
    expect(submittedEvents(id)[0]!.data).toEqual({
      proposalId: id,
      callId: 'call-submit',
      totId: 'tot-1',
      iprc: 'KGL',
      sector: 'electrical',
      leadId: trainees[1],
      title: 'Solar dryers for Musanze cooperatives',
      requested: { amount: 5_000, currency: 'EUR' },
      jobsExpected: 6,
      team: [
        { sex: 'man', count: 1 },
        { sex: 'woman', count: 1 },
      ],
    });
  });

  it('takes PDFs only, at most five, and staff read them back byte for byte', async () => {
    const { token, trainees, callId, totId } = await seedCall(service, 'call-pdf');
    const tokenOf = token[trainees[0]!]!;
    const notPdf = await upload(tokenOf, Buffer.from('<html>not a pdf</html>'), 'page.pdf');
    expect(notPdf.status).toBe(400);
    expect(((await notPdf.json()) as { code: string }).code).toBe('funding.attachment.not_pdf');
    const accepted = await upload(tokenOf, pdf);
    expect(accepted.status).toBe(201);
    const attachment = (await accepted.json()) as { id: string; name: string; bytes: number };
    expect(attachment).toMatchObject({ name: 'quote.pdf', bytes: pdf.length });
    const id = proposalIdOf(callId, totId);
    const read = await fetch(`${service.url}/proposals/${id}/attachments/${attachment.id}`, {
      headers: { authorization: `Bearer ${await tokenFor(pm)}` },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await read.arrayBuffer()).equals(pdf)).toBe(true);
    for (let i = 2; i <= 5; i++) expect((await upload(tokenOf, pdf, `quote-${i}.pdf`)).status).toBe(201);
    const sixth = await upload(tokenOf, pdf, 'quote-6.pdf');
    expect(sixth.status).toBe(409);
    expect(((await sixth.json()) as { code: string }).code).toBe('funding.attachment.too_many');
    const removed = await service.request(
      'DELETE',
      `/public/proposal/attachments/${attachment.id}`,
      undefined,
      team(tokenOf),
    );
    expect(removed.status).toBe(204);
    const view = await service.request('GET', '/public/proposal', undefined, team(tokenOf));
    expect(view.body.attachments.map((a: { name: string }) => a.name)).toEqual([
      'quote-2.pdf',
      'quote-3.pdf',
      'quote-4.pdf',
      'quote-5.pdf',
    ]);
    const gone = await service.request('GET', `/proposals/${id}/attachments/${attachment.id}`, undefined, {
      as: pm,
    });
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('funding.attachment.not_found');
  });

  it('shows a committee member the proposals of the calls they sit on only', async () => {
    const { id } = await submittedProposal('call-committee');
    await eventually(async () => {
      const listed = await service.request('GET', '/calls/call-committee/proposals', undefined, {
        as: twg('twg-on'),
      });
      expect(listed.body.items).toEqual([
        {
          id,
          status: 'submitted',
          title: 'Solar dryers for Musanze cooperatives',
          sector: 'electrical',
          iprc: 'KGL',
          totId: 'tot-1',
          requested: 5_000,
          currency: 'EUR',
          submittedAt: expect.any(String),
        },
      ]);
    });
    const whole = await service.request('GET', `/proposals/${id}`, undefined, { as: twg('twg-on') });
    expect(whole.body).toMatchObject({
      id,
      status: 'submitted',
      requested: 5_000,
      budget: [{ total: 4_000 }, { total: 1_000 }],
    });
    expect(whole.body.team.map((m: { name: string }) => m.name)).toEqual([
      'Alice Mukamana',
      'Eric Habimana',
      'Trainer One',
    ]);
    for (const path of [
      '/calls/call-committee/proposals',
      `/proposals/${id}`,
      `/proposals/${id}/attachments/any`,
    ]) {
      const off = await service.request('GET', path, undefined, { as: twg('twg-off') });
      expect(off.status).toBe(404);
    }
    const auditor = await service.request('GET', `/proposals/${id}`, undefined, { as: 'auditor' });
    expect(auditor.status).toBe(200);
  });

  it('follows review: screened, shortlisted, awarded; never backwards, once per event, others unchanged', async () => {
    const { id, trainees } = await submittedProposal('call-review');
    const other = await seedCall(service, 'call-review-2');
    const ref = {
      proposalId: id,
      callId: 'call-review',
      totId: 'tot-1',
      iprc: 'KGL',
      sector: 'electrical',
      leadId: trainees[1]!,
      title: 'Solar dryers',
    };
    const teaser = {
      ...ref,
      summary: 'Solar dryers',
      requested: { amount: 5_000, currency: 'EUR' },
      jobsExpected: 6,
    };
    const store = service.app.get(AggregateStore).of<Proposal>(PROPOSAL);
    const stored = async () => (await store.load(id))!;
    await publishEvents(ProposalScreened, [{ subject: id, data: { ...ref, qualified: true, reasons: [] } }]);
    await eventually(async () => expect((await stored()).state.status).toBe('qualified'));
    const screened = await service.request('GET', `/proposals/${id}`, undefined, { as: pm });
    expect(screened.body).toMatchObject({ status: 'qualified', screening: { qualified: true, reasons: [] } });
    await publishEvents(ProposalShortlisted, [{ subject: id, data: { ...teaser, rank: 1, score: 82 } }]);
    await eventually(async () => expect((await stored()).state.status).toBe('shortlisted'));
    // A late screening (its topic may lag) is taken in and changes nothing: no way back from the shortlist.
    const shortlisted = await stored();
    await publishEvents(ProposalScreened, [
      { subject: id, data: { ...ref, qualified: false, reasons: ['Second look'] } },
    ]);
    await eventually(async () => expect((await stored()).version).toBe(shortlisted.version + 1));
    expect((await stored()).state).toMatchObject({
      status: 'shortlisted',
      screening: { qualified: true },
      shortlist: { rank: 1, score: 82 },
    });
    const award = { ...teaser, awarded: { amount: 5_000, currency: 'EUR' }, rank: 1, tranches: 2 };
    const [awarded] = await publishEvents(ProposalAwarded, [{ subject: id, data: award }]);
    await eventually(async () => expect((await stored()).state.status).toBe('awarded'));
    const before = await stored();
    expect(before.state.award).toEqual({ amount: 5_000, rank: 1, tranches: 2 });
    // The redelivery and a later award on the same partition, in order: only the later one makes a version.
    await redeliver(ProposalAwarded, awarded!);
    await publishEvents(ProposalAwarded, [{ subject: id, data: { ...award, tranches: 3 } }]);
    await eventually(async () => expect((await stored()).state.award?.tranches).toBe(3));
    expect((await stored()).version).toBe(before.version + 1);
    const untouched = await service.request(
      'GET',
      '/public/proposal',
      undefined,
      team(other.token[other.trainer]!),
    );
    expect(untouched.body.status).toBe('draft');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CandidateSelected,
  DigestIssued,
  MemberContactUpdated,
  PlacementAccepted,
  PlacementCancelled,
  PlacementCompleted,
  PlacementDeclined,
  PlacementExpired,
  PlacementOffered,
  type PlacementOfferedV1,
  TorPublished,
} from '@ikiraro/contracts';
import {
  eventually,
  probeTopic,
  publishEvents,
  redeliver,
  startService,
  type ServiceUnderTest,
  tokenFor,
  cvPdf,
} from '@ikiraro/testing';
import { AppModule } from './app.module.ts';
import { PlacementPasses } from './passes/placement.passes.ts';
import { addDays, dayOf } from './placements/placement.rules.ts';

const DAY = 86_400_000;
const inDays = (days: number) => addDays(dayOf(new Date()), days);
const pm = { id: 'pm-1', name: 'Pat Manager', roles: ['programme-manager' as const] };
const focal = (iprc: string) => ({
  id: `fp-${iprc}`,
  name: `Focal ${iprc}`,
  roles: ['iprc-focal-point' as const],
  iprc,
});
const trainer = (memberId: string) => ({
  id: `acc-${memberId}`,
  name: 'Ada Trainer',
  email: `${memberId}@example.org`,
  roles: ['trainer' as const],
  iprc: 'KGL',
});

describe('placement', () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;

  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${PlacementOffered.topic}`);
    await publishEvents(TorPublished, [
      {
        subject: 'tor-1',
        data: {
          torId: 'tor-1',
          iprc: 'KGL',
          subject: 'Mechatronics',
          title: 'Mechatronics trainer',
          experts: 2,
          period: { start: inDays(10), end: inDays(200) },
          durationMonths: 3,
        },
      },
    ]);
  });
  afterAll(async () => {
    await probe.stop();
    await service.close();
  });

  const eventsOf = (type: string, placementId: string) =>
    probe.events.filter((e) => e.type === type && e.subject === placementId);

  /** A selected candidate with their contact, starting in `startsIn` days; answers the offer event. */
  async function select(memberId: string, startsIn = 20) {
    await publishEvents(MemberContactUpdated, [
      {
        subject: memberId,
        data: {
          memberId,
          email: `${memberId}@example.org`,
          firstName: 'Ada',
          lastName: `Uwase-${memberId}`,
          locale: 'en',
          opportunities: false,
          subjects: ['Mechatronics'],
        },
      },
    ]);
    const placementId = `app-${memberId}`;
    const [selected] = await publishEvents(CandidateSelected, [
      {
        subject: placementId,
        data: {
          applicationId: placementId,
          torId: 'tor-1',
          memberId,
          iprc: 'KGL',
          period: { start: inDays(startsIn), end: inDays(startsIn + 90) },
        },
      },
    ]);
    const offered = await eventually(async () => {
      const [found] = eventsOf(PlacementOffered.type, placementId);
      expect(found).toBeDefined();
      return found!.data as PlacementOfferedV1;
    });
    return { placementId, token: offered.offerToken, selected: selected! };
  }

  const offer = (method: string, path: string, token: string, body?: unknown) =>
    service.request(method, `/public/offer${path}`, body, { headers: { 'x-offer-token': token } });

  it('offers a selected candidate their placement once, however often the selection is delivered', async () => {
    const { placementId, token, selected } = await select('m1');
    await redeliver(CandidateSelected, selected);
    const shown = await offer('GET', '', token);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      status: 'offered',
      torTitle: 'Mechatronics trainer',
      institution: 'IPRC Kigali',
      period: { start: inDays(20) },
    });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a second offer would be here by now
    expect(eventsOf(PlacementOffered.type, placementId)).toHaveLength(1);
    const page = await service.request('GET', `/placements/${placementId}`, undefined, { as: pm });
    expect(page.body).toMatchObject({
      status: 'offered',
      professional: 'Ada Uwase-m1',
      email: 'm1@example.org',
    });
    expect(page.body.tasks.map((t: { key: string }) => t.key)).toEqual([
      'travel-booked',
      'entry-visa',
      'accommodation',
      'insurance',
      'per-diem',
      'host-focal-point',
      'iprc-readiness',
      'pre-departure-briefing',
    ]);
    expect(page.body.tasks[0]).toMatchObject({ dueOn: inDays(-1), lateness: 'overdue', status: 'open' });
  });

  it('refuses an offer link it did not sign, and a decision on an answered offer', async () => {
    const forged = await offer('GET', '', 'bTE.bm90LWEtbWFj');
    expect(forged.status).toBe(404);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    expect(forged.body).toMatchObject({ code: 'offer.not_found' });
    const { token } = await select('m2');
    expect((await offer('POST', '/accept', token, { passport: 'rw' })).status).toBe(400);
    expect((await offer('POST', '/decline', token)).status).toBe(200);
    const again = await offer('POST', '/accept', token, { passport: 'BE' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'placement.wrong_status' });
  });

  it('runs a placement from acceptance to completion, each step by its owner and recorded', async () => {
    const { placementId, token } = await select('m3');
    const accepted = await offer('POST', '/accept', token, { passport: 'RW' });
    expect(accepted.body).toMatchObject({ status: 'accepted' });
    const [acceptedEvent] = await eventually(async () => {
      const found = eventsOf(PlacementAccepted.type, placementId);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(acceptedEvent!.data).toMatchObject({ email: 'm3@example.org', name: 'Ada Uwase-m3', iprc: 'KGL' });

    const page = (await service.request('GET', `/placements/${placementId}`, undefined, { as: pm })).body;
    // Entry to Rwanda on a Rwandan passport needs no visa
    expect(page.tasks.find((t: { key: string }) => t.key === 'entry-visa').status).toBe('not-needed');

    // The board: the programme manager sees it with its overdue task; a focal point only their IPRC's
    await eventually(async () => {
      const board = await service.request('GET', '/placements?late=true', undefined, { as: pm });
      expect(board.body.items.map((i: { id: string }) => i.id)).toContain(placementId);
    });
    const hye = await service.request('GET', '/placements', undefined, { as: focal('HYE') });
    expect(hye.body.items).toEqual([]);
    expect(
      (await service.request('GET', `/placements/${placementId}`, undefined, { as: focal('HYE') })).status,
    ).toBe(403);
    const own = await service.request('GET', '/placements', undefined, { as: trainer('m3') });
    expect(own.body.items.map((i: { id: string }) => i.id)).toEqual([placementId]);
    expect(
      (await service.request('GET', `/placements/app-m1`, undefined, { as: trainer('m3') })).status,
    ).toBe(404);

    // Tasks: by their owner role or the programme manager
    const path = `/placements/${placementId}/tasks`;
    const notYours = await service.request(
      'PATCH',
      `${path}/travel-booked`,
      { status: 'done' },
      { as: focal('KGL') },
    );
    expect(notYours.status).toBe(403);
    expect(notYours.body).toMatchObject({ code: 'task.not_yours' });
    expect(
      (await service.request('PATCH', `${path}/travel-booked`, { status: 'done' }, { as: pm })).status,
    ).toBe(200);
    const perDiem = await service.request(
      'PATCH',
      `${path}/per-diem`,
      { payment: { amount: 1250.5, currency: 'EUR', paid: true }, status: 'done' },
      { as: pm },
    );
    expect(perDiem.body.tasks.find((t: { key: string }) => t.key === 'per-diem')).toMatchObject({
      status: 'done',
      payment: { amount: 1250.5, currency: 'EUR', paid: true },
    });
    const badCurrency = await service.request(
      'PATCH',
      `${path}/per-diem`,
      { payment: { amount: 1, currency: 'USD', paid: false } },
      { as: pm },
    );
    expect(badCurrency.status).toBe(400);
    const named = await service.request(
      'PATCH',
      `${path}/host-focal-point`,
      { person: 'Jean Focal', status: 'done' },
      { as: focal('KGL') },
    );
    expect(named.status).toBe(200);

    // Arrival, the report and the appraisal: then it is complete
    const arrived = await service.request(
      'POST',
      `/placements/${placementId}/arrival`,
      { on: inDays(20) },
      { as: focal('KGL') },
    );
    expect(arrived.body).toMatchObject({ status: 'arrived', arrivedOn: inDays(20) });
    const report = {
      delivered: 'Twelve sessions on PLC programming',
      trainersTrained: 14,
      recommendations: 'More kits',
    };
    expect(
      (await service.request('POST', `/placements/${placementId}/report`, report, { as: trainer('m3') }))
        .body,
    ).toMatchObject({ status: 'arrived' });
    const again = await service.request('POST', `/placements/${placementId}/report`, report, {
      as: trainer('m3'),
    });
    expect(again.body).toMatchObject({ code: 'placement.report_filed' });
    const done = await service.request(
      'POST',
      `/placements/${placementId}/appraisal`,
      { rating: 5, comments: 'Excellent' },
      { as: focal('KGL') },
    );
    expect(done.body).toMatchObject({
      status: 'completed',
      report: { trainersTrained: 14 },
      appraisal: { rating: 5 },
    });
    expect(
      done.body.trail.map((l: { action: string; by: { role: string } }) => `${l.action} by ${l.by.role}`),
    ).toEqual([
      'offered by system',
      'accepted by member',
      'task-changed by programme-manager',
      'task-changed by programme-manager',
      'task-changed by iprc-focal-point',
      'arrived by iprc-focal-point',
      'report-filed by trainer',
      'appraisal-filed by iprc-focal-point',
      'completed by iprc-focal-point',
    ]);
    await eventually(async () =>
      expect(eventsOf(PlacementCompleted.type, placementId)[0]?.data).toMatchObject({
        trainersTrained: 14,
        rating: 5,
        completedOn: dayOf(new Date()),
      }),
    );
  });

  it('keeps PDFs attached to a task, judged by content, for those who may see the placement', async () => {
    const { placementId, token } = await select('m8');
    await offer('POST', '/accept', token, { passport: 'BE' });
    const path = `/placements/${placementId}/tasks/travel-booked/attachments`;
    const upload = async (bytes: Buffer, as: Parameters<typeof tokenFor>[0]) =>
      fetch(`${service.url}${path}?name=ticket.pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/pdf', authorization: `Bearer ${await tokenFor(as)}` },
        body: bytes,
      });
    const pdf = cvPdf;
    const stored = await upload(pdf, pm);
    expect(stored.status).toBe(201);
    const { attachmentId } = (await stored.json()) as { attachmentId: string };
    const renamed = await upload(Buffer.from('<html>not a pdf</html>'), pm);
    expect(renamed.status).toBe(400);
    expect(await renamed.json()).toMatchObject({ code: 'attachment.not_pdf' });
    expect((await upload(pdf, focal('KGL'))).status).toBe(403); // travel is the programme manager's task

    const page = await service.request('GET', `/placements/${placementId}`, undefined, { as: pm });
    expect(page.body.tasks[0].attachments).toEqual([
      { id: attachmentId, name: 'ticket.pdf', bytes: pdf.length, at: expect.any(String) },
    ]);
    const read = await fetch(`${service.url}${path}/${attachmentId}`, {
      headers: { authorization: `Bearer ${await tokenFor(focal('KGL'))}` },
    });
    expect(read.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await read.arrayBuffer()).equals(pdf)).toBe(true);
    const elsewhere = await fetch(`${service.url}${path}/${attachmentId}`, {
      headers: { authorization: `Bearer ${await tokenFor(focal('HYE'))}` },
    });
    expect(elsewhere.status).toBe(403);
  });

  it('cancels after logistics started with the tasks that undo them, and before with none', async () => {
    const started = await select('m4');
    await offer('POST', '/accept', started.token, { passport: 'BE' });
    await service.request(
      'PATCH',
      `/placements/${started.placementId}/tasks/travel-booked`,
      { status: 'done' },
      { as: pm },
    );
    const cancelled = await service.request(
      'POST',
      `/placements/${started.placementId}/cancel`,
      { reason: 'health', note: 'Cannot travel this year' },
      { as: pm },
    );
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'health', stage: 'accepted' },
    });
    const undo = cancelled.body.tasks.filter((t: { compensates?: boolean }) => t.compensates);
    expect(undo.map((t: { key: string; dueOn: string }) => `${t.key} ${t.dueOn}`)).toEqual([
      `cancel-bookings ${inDays(2)}`,
      `claim-refunds ${inDays(14)}`,
      `tell-iprc ${inDays(1)}`,
    ]);
    // The compensating tasks stay open to work; the rest of the checklist is closed
    expect(
      (
        await service.request(
          'PATCH',
          `/placements/${started.placementId}/tasks/claim-refunds`,
          { status: 'done' },
          { as: pm },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await service.request(
          'PATCH',
          `/placements/${started.placementId}/tasks/insurance`,
          { status: 'done' },
          { as: pm },
        )
      ).status,
    ).toBe(409);

    const early = await select('m5');
    const before = await service.request(
      'POST',
      `/placements/${early.placementId}/cancel`,
      { reason: 'programme-decision', note: 'ToR withdrawn' },
      { as: pm },
    );
    expect(before.body.tasks.some((t: { compensates?: boolean }) => t.compensates)).toBe(false);
    await eventually(async () => {
      expect(eventsOf(PlacementCancelled.type, started.placementId)[0]?.data).toMatchObject({
        stage: 'accepted',
        logisticsStarted: true,
        reason: 'health',
      });
      expect(eventsOf(PlacementCancelled.type, early.placementId)[0]?.data).toMatchObject({
        stage: 'offered',
        logisticsStarted: false,
      });
    });
  });

  it('expires an unanswered offer and sends each owner one digest of their late tasks a day', async () => {
    const { placementId, token } = await select('m6', 5);
    const accepted = await select('m7', 5);
    await offer('POST', '/accept', accepted.token, { passport: 'BE' });
    await eventually(async () => {
      const board = await service.request('GET', '/placements?status=accepted', undefined, { as: pm });
      expect(board.body.items.map((i: { id: string }) => i.id)).toContain(accepted.placementId);
    });
    const passes = service.app.get(PlacementPasses);
    const later = new Date(Date.now() + 15 * DAY);
    await passes.pass(later);
    await passes.pass(later); // a second pass the same day changes nothing
    expect((await offer('GET', '', token)).body).toMatchObject({ status: 'expired' });
    expect((await offer('POST', '/accept', token, { passport: 'BE' })).body).toMatchObject({
      code: 'placement.wrong_status',
    });
    const digests = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${DigestIssued.topic}`);
    try {
      await eventually(async () => {
        expect(eventsOf(PlacementExpired.type, placementId)).toHaveLength(1);
        const day = dayOf(later);
        const ofDay = digests.events.filter((e) => e.subject.startsWith(`${day}:`));
        expect(ofDay.map((e) => e.subject).sort()).toEqual(
          [`${day}:iprc-focal-point:KGL`, `${day}:outreach-officer`, `${day}:programme-manager`].sort(),
        );
        const focalDigest = ofDay.find((e) => e.subject.endsWith(':KGL'))!.data as {
          tasks: { placementId: string; task: string; overdue: boolean }[];
        };
        expect(focalDigest.tasks).toContainEqual(
          expect.objectContaining({
            placementId: accepted.placementId,
            task: 'iprc-readiness',
            overdue: true,
          }),
        );
        expect(focalDigest.tasks.some((t) => t.placementId === placementId)).toBe(false); // expired: no tasks run
      });
    } finally {
      await digests.stop();
    }
    expect(eventsOf(PlacementDeclined.type, placementId)).toHaveLength(0);
  });
});

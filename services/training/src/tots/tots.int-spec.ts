import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PlacementAccepted, PlacementCancelled, TotCancelled, TotOpened } from '@ikiraro/contracts';
import {
  eventually,
  probeTopic,
  publishEvents,
  redeliver,
  type ServiceUnderTest,
  startService,
  tokenFor,
} from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';
import {
  acceptPlacement,
  auditor,
  focal,
  inDays,
  openTot,
  pm,
  sessionPlan,
  trainer,
  traineeCsv,
} from '../training.testing.ts';

describe('a ToT per accepted placement, its sessions and trainees', () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${TotOpened.topic}`);
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.close();
  });
  const csv = async (path: string, body: Buffer, as: object = trainer('m-1')) =>
    (
      await fetch(`${service.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${await tokenFor(as as never)}` },
        body,
      })
    ).json() as Promise<any>;

  it('opens one ToT per accepted placement, named after its ToR, whatever the redeliveries', async () => {
    const accepted = await acceptPlacement('m-1');
    const id = await openTot(service, 'm-1');
    const got = await service.request('GET', `/tots/${id}`, undefined, { as: trainer('m-1') });
    expect(got.body).toMatchObject({
      id,
      status: 'planning',
      iprc: 'KGL',
      title: 'Training of Trainers: Mechatronics trainer',
      trainer: 'Trainer m-1',
      capacity: 30,
      enrolled: 0,
      sessionList: [],
    });
    await redeliver(PlacementAccepted, accepted);
    await eventually(async () =>
      expect(probe.events.filter((e) => e.type === TotOpened.type && e.subject === id)).toHaveLength(1),
    );
  });

  it('shows a trainer their own ToT only, a focal point their IPRC’s', async () => {
    await openTot(service, 'm-2', 'HYE');
    const mine = await service.request('GET', '/tots', undefined, { as: trainer('m-1') });
    expect(mine.body.items.map((t: { id: string }) => t.id)).toEqual(['app-m-1']);
    expect((await service.request('GET', '/tots/app-m-2', undefined, { as: trainer('m-1') })).status).toBe(
      404,
    );
    expect((await service.request('GET', '/tots/app-m-2', undefined, { as: focal('KGL') })).status).toBe(403);
    const huye = await service.request('GET', '/tots', undefined, { as: focal('HYE') });
    expect(huye.body.items.map((t: { id: string }) => t.id)).toEqual(['app-m-2']);
  });

  it('plans sessions within the placement, in order, and refuses one outside it', async () => {
    const as = trainer('m-1');
    await service.request(
      'POST',
      '/tots/app-m-1/sessions',
      sessionPlan({ date: inDays(2), topic: 'Sensors' }),
      { as },
    );
    const second = await service.request('POST', '/tots/app-m-1/sessions', sessionPlan(), { as });
    expect(second.status).toBe(201);
    expect(second.body.sessionList.map((s: { topic: string }) => s.topic)).toEqual(['PLC basics', 'Sensors']);
    const outside = await service.request(
      'POST',
      '/tots/app-m-1/sessions',
      sessionPlan({ date: inDays(90) }),
      { as },
    );
    expect(outside.status).toBe(400);
    expect(outside.body.code).toBe('session.outside_period');
    const backwards = await service.request('POST', '/tots/app-m-1/sessions', sessionPlan({ end: '08:00' }), {
      as,
    });
    expect(backwards.body.code).toBe('session.ends_before_start');
    const readOnly = await service.request('PATCH', '/tots/app-m-1', { capacity: 3 }, { as: auditor });
    expect(readOnly.status).toBe(403);
    const planned = await service.request(
      'PATCH',
      '/tots/app-m-1',
      { capacity: 3, outline: 'Day 1: PLCs' },
      { as },
    );
    expect(planned.body).toMatchObject({ capacity: 3, outline: 'Day 1: PLCs' });
  });

  it('imports trainees after a dry run, refuses a list with errors whole, and enrols nobody twice', async () => {
    const bad = traineeCsv([
      'Alice Mukamana,woman,teacher,Electrical,alice@example.org,',
      'Bob,robot,teacher,Electrical,,',
    ]);
    const dry = await csv('/tots/app-m-1/trainees/import/dry-run', bad);
    expect(dry).toMatchObject({ rows: 2, toEnrol: 1, existing: 0, errors: [{ row: 3, column: 'sex' }] });
    const unreadable = await csv('/tots/app-m-1/trainees/import/dry-run', Buffer.from('{}'));
    expect(unreadable).toMatchObject({ status: 400, code: 'import.columns' });
    const refused = await csv('/tots/app-m-1/trainees/import', bad);
    expect(refused.code).toBe('import.invalid');
    expect(
      (await service.request('GET', '/tots/app-m-1/trainees', undefined, { as: pm })).body.items,
    ).toEqual([]);

    const good = traineeCsv([
      'Alice Mukamana,F,teacher,Electrical,Alice@Example.org,',
      'Bob Habimana,male,student,Mechanical,,+250 788 000 111',
    ]);
    expect(await csv('/tots/app-m-1/trainees/import', good)).toMatchObject({ rows: 2, enrolled: 2 });
    expect(await csv('/tots/app-m-1/trainees/import/dry-run', good)).toMatchObject({
      toEnrol: 0,
      existing: 2,
    });
    const listed = await service.request('GET', '/tots/app-m-1/trainees', undefined, { as: trainer('m-1') });
    expect(listed.body.items).toMatchObject([
      { name: 'Alice Mukamana', sex: 'woman', role: 'teacher', email: 'alice@example.org', erased: false },
      { name: 'Bob Habimana', sex: 'man', role: 'student', phone: '+250 788 000 111' },
    ]);
    expect(listed.body.items[0].code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    const seenByAuditor = await service.request('GET', '/tots/app-m-1/trainees', undefined, { as: auditor });
    expect(seenByAuditor.body.items.map((t: { code: string | null }) => t.code)).toEqual([null, null]);
  });

  it('enrols one by one up to the capacity, and erases a trainee for good', async () => {
    const as = focal('KGL');
    const carol = { name: 'Carol Uwera', sex: 'woman', role: 'student', department: 'ICT' };
    const enrolled = await service.request('POST', '/tots/app-m-1/trainees', carol, { as });
    expect(enrolled.status).toBe(201);
    expect((await service.request('POST', '/tots/app-m-1/trainees', carol, { as })).body.code).toBe(
      'trainee.enrolled',
    );
    const full = await service.request('POST', '/tots/app-m-1/trainees', { ...carol, name: 'Dan' }, { as });
    expect(full.body.code).toBe('tot.full');
    const erased = await service.request(
      'POST',
      `/tots/app-m-1/trainees/${enrolled.body.id}/erasure`,
      undefined,
      { as },
    );
    expect(erased.status).toBe(204);
    await eventually(async () => {
      const listed = await service.request('GET', '/tots/app-m-1/trainees', undefined, { as: pm });
      expect(listed.body.items.find((t: { id: string }) => t.id === enrolled.body.id)).toMatchObject({
        name: null,
        sex: 'woman',
        erased: true,
        code: null,
      });
    });
  });

  it('cancels a ToT and its planned sessions with its placement, once', async () => {
    const id = await openTot(service, 'm-3');
    await service.request('POST', `/tots/${id}/sessions`, sessionPlan(), { as: pm });
    const cancelled = {
      placementId: id,
      applicationId: id,
      torId: 'tor-m-3',
      memberId: 'm-3',
      iprc: 'KGL',
      reason: 'health' as const,
      stage: 'accepted' as const,
      logisticsStarted: false,
    };
    const [event] = await publishEvents(PlacementCancelled, [{ subject: id, data: cancelled }]);
    await eventually(async () => {
      const got = await service.request('GET', `/tots/${id}`, undefined, { as: pm });
      expect(got.body).toMatchObject({ status: 'cancelled', sessionList: [{ status: 'cancelled' }] });
    });
    await redeliver(PlacementCancelled, event!);
    await eventually(async () => {
      const events = probe.events.filter((e) => e.type === TotCancelled.type && e.subject === id);
      expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ sessionsCancelled: 1 })]);
    });
    const late = await service.request('POST', `/tots/${id}/sessions`, sessionPlan(), { as: pm });
    expect(late.body.code).toBe('tot.wrong_status');
  });
});

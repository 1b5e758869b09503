import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getConnectionToken } from '@nestjs/mongoose';
import { CascadeRecorded } from '@ikiraro/contracts';
import { isSealed } from '@ikiraro/messaging';
import { eventually, probeTopic, type ServiceUnderTest, startService } from '@ikiraro/testing';
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module.ts';
import { auditor, enrol, focal, inDays, openTot, pm, trainer } from '../training.testing.ts';
import { CASCADE_SESSIONS } from './cascade.ts';

describe('cascade: trained teachers record the sessions they give, staff see the tree and totals per IPRC', () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const as = trainer('cas-1');
  let totId: string;
  let trainees: Record<'diane' | 'eric', { id: string; code: string }>;
  const sessionIds: string[] = [];

  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${CascadeRecorded.topic}`);
    totId = await openTot(service, 'cas-1');
    trainees = await enrol(service, totId, as, {
      diane: { name: 'Diane Ingabire', sex: 'woman', department: 'Electronics' },
      eric: { name: 'Eric Nshuti', sex: 'man', role: 'student', department: 'Electronics' },
    });
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.close();
  });

  const byPhone = (who: keyof typeof trainees, body: unknown) =>
    service.request('POST', '/public/cascade', body, { headers: { 'x-trainee-code': trainees[who].code } });
  const recordedOf = (id: string) =>
    probe.events.filter((e) => e.type === CascadeRecorded.type && e.subject === id);

  it('records a teacher’s session by counts, once however often the phone sends it', async () => {
    const id = randomUUID();
    const body = {
      id,
      date: inDays(0),
      subject: 'Sensors',
      students: [
        { sex: 'woman', count: 10 },
        { sex: 'man', count: 12 },
      ],
    };
    const first = await byPhone('diane', body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id, total: 22, recordedBy: null });
    expect((await byPhone('diane', body)).body).toMatchObject({ id, total: 22 });
    const [event] = await eventually(async () => {
      const found = recordedOf(id);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(event!.data).toEqual({
      totId,
      iprc: 'KGL',
      memberId: 'cas-1',
      cascadeId: id,
      traineeId: trainees.diane.id,
      date: inDays(0),
      subject: 'Sensors',
      students: [
        { sex: 'woman', count: 10 },
        { sex: 'man', count: 12 },
      ],
    });
    sessionIds.push(id);
  });

  it('counts a roster by sex and keeps the names sealed, out of the event', async () => {
    const roster = [
      { name: 'Aline Uwase', sex: 'woman' },
      { name: 'Jean Mugisha', sex: 'man' },
      { name: 'Grace Iradukunda', sex: 'woman' },
    ];
    const recorded = await byPhone('diane', { date: inDays(0), subject: 'Actuators', roster });
    expect(recorded.body.students).toEqual([
      { sex: 'woman', count: 2 },
      { sex: 'man', count: 1 },
    ]);
    sessionIds.push(recorded.body.id);
    const [event] = await eventually(async () => {
      const found = recordedOf(recorded.body.id);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(JSON.stringify(event!.data)).not.toContain('Aline');
    const db = service.app.get<Connection>(getConnectionToken()).db!;
    const stored = await eventually(async () => {
      const doc = await db
        .collection<{ _id: string; roster: { name: unknown }[] }>(CASCADE_SESSIONS)
        .findOne({ _id: recorded.body.id });
      expect(doc).not.toBeNull();
      return doc!;
    });
    expect(stored.roster.every((r) => isSealed(r.name))).toBe(true);
  });

  it('refuses a student, a session in the future, and both counts and a roster', async () => {
    const session = { date: inDays(0), subject: 'Sensors', students: [{ sex: 'man', count: 3 }] };
    expect((await byPhone('eric', session)).body).toMatchObject({ code: 'cascade.not_teacher' });
    expect((await byPhone('diane', { ...session, date: inDays(3) })).body).toMatchObject({
      code: 'cascade.future_date',
    });
    expect((await byPhone('diane', { ...session, date: inDays(-30) })).body).toMatchObject({
      code: 'cascade.before_training',
    });
    const both = await byPhone('diane', { ...session, roster: [{ name: 'X', sex: 'man' }] });
    expect(both.body).toMatchObject({ code: 'cascade.students_or_roster' });
    expect((await byPhone('diane', { ...session, students: [{ sex: 'martian', count: 3 }] })).status).toBe(
      400,
    );
  });

  it('lets staff running the ToT record a session for a teacher, not an auditor', async () => {
    const session = {
      traineeId: trainees.diane.id,
      date: inDays(0),
      subject: 'Safety',
      students: [{ sex: 'man', count: 5 }],
    };
    expect((await service.request('POST', `/tots/${totId}/cascade`, session, { as: auditor })).status).toBe(
      403,
    );
    const bad = await service.request(
      'POST',
      `/tots/${totId}/cascade`,
      { ...session, traineeId: 'nobody' },
      { as: focal('KGL') },
    );
    expect(bad.status).toBe(404);
    const recorded = await service.request('POST', `/tots/${totId}/cascade`, session, { as: focal('KGL') });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ total: 5, recordedBy: 'Focal KGL' });
    sessionIds.push(recorded.body.id);
  });

  it('shows the tree trainer → teachers → sessions, names to those who run the ToT, totals per IPRC', async () => {
    const tree = await eventually(async () => {
      const got = await service.request('GET', `/tots/${totId}/cascade`, undefined, { as });
      expect(got.body.sessions).toBe(3);
      return got.body;
    });
    expect(tree).toMatchObject({ totId, iprc: 'KGL', trainer: 'Trainer cas-1', total: 30 });
    expect(tree.students).toEqual([
      { sex: 'woman', count: 12 },
      { sex: 'man', count: 18 },
    ]);
    expect(tree.trainees.map((t: { name: string }) => t.name)).toEqual(['Diane Ingabire']); // teachers only
    const diane = tree.trainees[0];
    expect(diane.sessions.map((s: { id: string }) => s.id).sort()).toEqual([...sessionIds].sort());
    const withRoster = diane.sessions.find((s: { subject: string }) => s.subject === 'Actuators');
    expect(withRoster.roster.map((r: { name: string }) => r.name)).toContain('Aline Uwase');
    const audited = await service.request('GET', `/tots/${totId}/cascade`, undefined, { as: auditor });
    expect(JSON.stringify(audited.body)).not.toContain('Aline');
    expect(audited.body.total).toBe(30);

    const all = await service.request('GET', '/cascade', undefined, { as: pm });
    expect(all.body.tots.map((t: { totId: string }) => t.totId)).toContain(totId);
    expect(all.body.iprcs.find((i: { iprc: string }) => i.iprc === 'KGL')).toMatchObject({
      teachers: 1,
      sessions: 3,
      total: 30,
    });
    expect(JSON.stringify(all.body)).not.toContain('Aline');
    expect((await service.request('GET', '/cascade', undefined, { as: focal('HYE') })).body).toEqual({
      tots: [],
      iprcs: [],
    });
    expect(
      (await service.request('GET', '/cascade', undefined, { as: trainer('someone-else') })).body.tots,
    ).toEqual([]);
    expect(
      (await service.request('GET', `/tots/${totId}/cascade`, undefined, { as: focal('HYE') })).status,
    ).toBe(403);

    const own = await service.request('GET', '/public/cascade', undefined, {
      headers: { 'x-trainee-code': trainees.diane.code },
    });
    expect(own.body.sessions).toHaveLength(3);
  });
});

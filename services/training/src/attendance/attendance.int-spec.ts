import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SessionHeld, type SessionHeldV1 } from '@ikiraro/contracts';
import { eventually, probeTopic, type ServiceUnderTest, startService, type Who } from '@ikiraro/testing';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppModule } from '../app.module.ts';
import { auditor, enrol, focal, inDays, openTot, sessionPlan, trainer } from '../training.testing.ts';
import { Attendance } from './attendance.ts';
import type { RegisterView } from './attendance-view.dto.ts';

describe('attendance: QR check-in, marks by hand synced once, closing a register', () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const as = trainer('att-1');
  let totId: string;
  let sessionId: string;
  /** A session yesterday: whoever checks in now is late. */
  let pastSessionId: string;
  let trainees: Record<'alice' | 'bob' | 'carol', { id: string; code: string }>;

  beforeAll(async () => {
    process.env.QR_PERIOD_SECONDS = '2';
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${SessionHeld.topic}`);
    totId = await openTot(service, 'att-1');
    // Tomorrow at 09:00 IPRC time: a check-in now is before the start, so present
    const planned = await service.request(
      'POST',
      `/tots/${totId}/sessions`,
      sessionPlan({ date: inDays(1) }),
      { as },
    );
    sessionId = planned.body.sessionList[0].id;
    const past = await service.request(
      'POST',
      `/tots/${totId}/sessions`,
      sessionPlan({ date: inDays(-1), topic: 'Safety' }),
      { as },
    );
    pastSessionId = past.body.sessionList.find((s: { topic: string }) => s.topic === 'Safety').id;
    trainees = await enrol(service, totId, as, {
      alice: { name: 'Alice Mukamana', sex: 'woman' },
      bob: { name: 'Bob Habimana', sex: 'man' },
      carol: { name: 'Carol Uwera', sex: 'woman' },
    });
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.close();
  });

  const path = (s = sessionId) => `/tots/${totId}/sessions/${s}`;
  const codeNow = async (s = sessionId) =>
    (await service.request('GET', `${path(s)}/check-in-code`, undefined, { as })).body as {
      token: string;
      expiresAt: string;
      periodSeconds: number;
    };
  const checkIn = (code: string, token: string) =>
    service.request('POST', '/public/check-in', { token }, { headers: { 'x-trainee-code': code } });
  const register = async () =>
    (await service.request<RegisterView>('GET', `${path()}/register`, undefined, { as })).body;
  const rowOf = (reg: RegisterView, id: string) => reg.trainees.find((t) => t.traineeId === id);
  /** A mark by hand, as the trainer's screen makes it (online or queued offline). */
  const mark = (traineeId: string, status: string, markedAt = new Date(), extra: object = {}) => ({
    markId: randomUUID(),
    traineeId,
    status,
    markedAt: markedAt.toISOString(),
    ...extra,
  });
  const sendMarks = (marks: object[], who: Who = as) =>
    service.request('POST', `${path()}/marks`, { marks }, { as: who });

  it('checks two trainees in by the QR code of the trainer’s screen, each once however often they scan', async () => {
    const shown = await codeNow();
    expect(shown.periodSeconds).toBe(2);
    expect(Date.parse(shown.expiresAt)).toBeGreaterThan(Date.now());
    const alice = await checkIn(trainees.alice.code, shown.token);
    expect(alice.status).toBe(200);
    expect(alice.body).toEqual({
      session: { date: inDays(1), start: '09:00', topic: 'PLC basics' },
      status: 'present',
    });
    // Her code typed as people type it: lower case, in groups
    const typed = trainees.bob.code.toLowerCase().replace(/(.{5})/, '$1-');
    expect((await checkIn(typed, shown.token)).body).toMatchObject({ status: 'present' });
    expect((await checkIn(trainees.alice.code, (await codeNow()).token)).body).toMatchObject({
      status: 'present',
    });

    const reg = await register();
    expect(reg.marks.filter((m: { traineeId: string }) => m.traineeId === trainees.alice.id)).toHaveLength(1);
    expect(rowOf(reg, trainees.alice.id)).toMatchObject({ status: 'present', effective: { source: 'qr' } });
    expect(rowOf(reg, trainees.bob.id)).toMatchObject({ status: 'present' });
    expect(rowOf(reg, trainees.carol.id)).toMatchObject({ status: null, effective: null });
    expect(reg.marks[0].by).toEqual({ id: trainees.alice.id, name: 'Alice Mukamana', roles: ['trainee'] });
  });

  it('marks late a check-in more than 15 minutes after the start', async () => {
    const late = await checkIn(trainees.carol.code, (await codeNow(pastSessionId)).token);
    expect(late.body).toMatchObject({ session: { date: inDays(-1), topic: 'Safety' }, status: 'late' });
  });

  it('refuses a code from two periods ago, a forged code, an unknown personal code and another ToT’s trainee', async () => {
    const old = await codeNow();
    await sleep(Math.max(0, Date.parse(old.expiresAt) - Date.now()) + 50);
    const expired = await checkIn(trainees.carol.code, old.token);
    expect(expired.status).toBe(400);
    expect(expired.headers.get('content-type')).toContain('application/problem+json');
    expect(expired.body).toMatchObject({ code: 'check-in.expired' });

    const [value] = (await codeNow()).token.split('.');
    const forged = await checkIn(trainees.carol.code, `${value}.bm90LWEtbWFj`);
    expect(forged).toMatchObject({ status: 400, body: { code: 'check-in.invalid' } });
    const unknown = await checkIn('ABCDEFGHJK', (await codeNow()).token);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'trainee.code_unknown' } });

    const otherTot = await openTot(service, 'att-2');
    const dan = await service.request(
      'POST',
      `/tots/${otherTot}/trainees`,
      { name: 'Dan Nkusi', sex: 'man', role: 'student', department: 'ICT' },
      { as: trainer('att-2') },
    );
    const stranger = await checkIn(dan.body.code, (await codeNow()).token);
    expect(stranger).toMatchObject({ status: 403, body: { code: 'check-in.not_enrolled' } });
    expect((await register()).marks).toHaveLength(2);
  });

  it('applies a batch of offline marks once when it is synced twice, and a hand mark beats a QR check-in', async () => {
    const before = Date.now();
    const batch = [
      // Made offline before Alice scanned: a mark by hand still beats her check-in
      mark(trainees.alice.id, 'absent', new Date(before - 3_600_000)),
      mark(trainees.carol.id, 'absent', new Date(before - 60_000)),
      // Carol arrived: the later mark of the two wins, though both come in one batch
      mark(trainees.carol.id, 'present', new Date(before - 30_000)),
      mark('not-a-trainee', 'present', new Date(before)),
      mark(trainees.bob.id, 'excused', new Date(before + 2 * 86_400_000)),
    ];
    const sync = () => sendMarks(batch);
    const first = await sync();
    expect(first.status).toBe(200);
    expect(first.body.applied).toEqual(batch.slice(0, 3).map((m) => m.markId));
    expect(first.body.duplicates).toEqual([]);
    expect(first.body.refused).toEqual([
      expect.objectContaining({ markId: batch[3]!.markId, code: 'trainee.not_enrolled' }),
      expect.objectContaining({ markId: batch[4]!.markId, code: 'mark.in_future' }),
    ]);
    // The answer was lost: the queue sends it all again
    const again = await sync();
    expect(again.body.applied).toEqual([]);
    expect(again.body.duplicates).toEqual(batch.slice(0, 3).map((m) => m.markId));
    expect(again.body.register.marks).toHaveLength(first.body.register.marks.length);
    expect(again.body.register.marks).toHaveLength(5);

    const reg = await register();
    expect(rowOf(reg, trainees.alice.id)).toMatchObject({ status: 'absent', effective: { source: 'hand' } });
    expect(rowOf(reg, trainees.carol.id)).toMatchObject({ status: 'present' });
    expect(rowOf(reg, trainees.bob.id)).toMatchObject({ status: 'present', effective: { source: 'qr' } });
    expect(reg.marks.at(-1)?.by).toEqual({ id: as.id, name: as.name, roles: ['trainer'] });
    // Alice scanning again changes nothing: the hand mark stands
    expect((await checkIn(trainees.alice.code, (await codeNow()).token)).body).toMatchObject({
      status: 'absent',
    });

    const own = await service.request('GET', '/public/trainee', undefined, {
      headers: { 'x-trainee-code': trainees.alice.code },
    });
    expect(own.body).toMatchObject({
      id: trainees.alice.id,
      name: 'Alice Mukamana',
      role: 'teacher',
      totId,
      iprc: 'KGL',
    });
    expect(own.body.sessions.find((s: { id: string }) => s.id === sessionId)).toMatchObject({
      attendance: 'absent',
      sessionStatus: 'planned',
    });
  });

  it('keeps the register to its ToT’s trainer, the IPRC’s focal point and readers', async () => {
    expect((await service.request('GET', `${path()}/register`, undefined, { as: focal('HYE') })).status).toBe(
      403,
    );
    expect(
      (await service.request('GET', `${path()}/register`, undefined, { as: trainer('att-2') })).status,
    ).toBe(404);
    expect((await service.request('GET', `${path()}/register`, undefined, { as: auditor })).status).toBe(200);
    const byAuditor = await sendMarks([mark(trainees.bob.id, 'late')], auditor);
    expect(byAuditor.status).toBe(403);
    const unknownField = await sendMarks([mark(trainees.bob.id, 'late', new Date(), { by: 'x' })]);
    expect(unknownField.status).toBe(400);
  });

  it('closes the register: SessionHeld counts who attended by sex, and no mark is taken after', async () => {
    const closed = await service.request('POST', `${path()}/close`, undefined, { as: focal('KGL') });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ session: { id: sessionId, status: 'held' } });
    expect(closed.body.closedAt).toEqual(expect.any(String));
    const held = await eventually(async () => {
      const found = probe.events.filter(
        (e) => e.type === SessionHeld.type && (e.data as SessionHeldV1).sessionId === sessionId,
      );
      expect(found).toHaveLength(1);
      return found[0]!.data as SessionHeldV1;
    });
    expect(held).toMatchObject({ totId, iprc: 'KGL', date: inDays(1), enrolled: 3 });
    expect(held.attended).toEqual([
      { sex: 'man', count: 1 },
      { sex: 'woman', count: 1 },
    ]);

    const late = await sendMarks([mark(trainees.alice.id, 'present')]);
    expect(late.body).toMatchObject({ applied: [], refused: [{ code: 'session.not_planned' }] });
    expect((await service.request('GET', `${path()}/check-in-code`, undefined, { as })).body).toMatchObject({
      code: 'session.not_planned',
    });
    expect((await service.request('POST', `${path()}/close`, undefined, { as })).status).toBe(409);

    // Certificates read the shares of held sessions attended
    const shares = await service.app.get(Attendance).attendanceShares(totId);
    expect(shares).toEqual(
      new Map([
        [trainees.alice.id, 0],
        [trainees.bob.id, 1],
        [trainees.carol.id, 1],
      ]),
    );
  });
});

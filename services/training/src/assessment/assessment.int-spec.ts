import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AssessmentCompleted, type AssessmentCompletedV1 } from '@ikiraro/contracts';
import { isSealed } from '@ikiraro/messaging';
import { eventually, probeTopic, type ServiceUnderTest, startService } from '@ikiraro/testing';
import type { Connection } from 'mongoose';
import { getConnectionToken } from '@nestjs/mongoose';
import { AppModule } from '../app.module.ts';
import { TotsService } from '../tots/tots.service.ts';
import { auditor, enrol, focal, openTot, sessionPlan, trainer } from '../training.testing.ts';
import { FEEDBACK } from './assessment.ts';

const questions = [
  {
    text: 'What does PLC stand for?',
    options: ['Programmable logic controller', 'Power line carrier'],
    answer: 0,
  },
  { text: 'Which is an input?', options: ['Motor', 'Lamp', 'Push button'], answer: 2 },
  { text: 'Ladder logic reads…', options: ['left to right, top to bottom', 'bottom to top'], answer: 0 },
];
/** Answers with the first `right` questions right and the others wrong. */
const answering = (right: number) =>
  questions.map((q, i) => (i < right ? q.answer : (q.answer + 1) % q.options.length));
const hake = (pre: number, post: number) => (post - pre) / (100 - pre);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('assessment: pre- and post-tests on phones and by hand, learning gain, survey, closing the course', () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  const as = trainer('asm-1');
  let totId: string;
  let sessionId: string;
  let trainees: Record<'aline' | 'bruno' | 'chantal', { id: string; code: string }>;

  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${AssessmentCompleted.topic}`);
    totId = await openTot(service, 'asm-1');
    const planned = await service.request('POST', `/tots/${totId}/sessions`, sessionPlan(), { as });
    sessionId = planned.body.sessionList[0].id;
    trainees = await enrol(service, totId, as, {
      aline: { name: 'Aline Mukamana', sex: 'woman' },
      bruno: { name: 'Bruno Habimana', sex: 'man' },
      chantal: { name: 'Chantal Uwera', sex: 'woman', role: 'student' },
    });
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.close();
  });

  const staff = (method: string, sub: string, body?: unknown, who: object = as) =>
    service.request(method, `/tots/${totId}/assessment${sub}`, body, { as: who as never });
  const phone = (method: string, sub: string, who: keyof typeof trainees, body?: unknown) =>
    service.request(method, `/public${sub}`, body, { headers: { 'x-trainee-code': trainees[who].code } });
  const rowOf = (view: { trainees: { traineeId: string }[] }, key: keyof typeof trainees) =>
    view.trainees.find((t) => t.traineeId === trainees[key].id) as Record<string, unknown>;

  it('takes a question set from the trainer, checked, and not from an auditor', async () => {
    const tooFew = await staff('PUT', '/questions', {
      questions: [{ text: 'x', options: ['only'], answer: 0 }],
    });
    expect(tooFew.status).toBe(400);
    const beyond = await staff('PUT', '/questions', {
      questions: [{ text: 'x', options: ['a', 'b'], answer: 3 }],
    });
    expect(beyond.body).toMatchObject({ code: 'assessment.answer_out_of_range' });
    expect((await staff('PUT', '/questions', { questions }, auditor)).status).toBe(403);
    const set = await staff('PUT', '/questions', { questions });
    expect(set.status).toBe(200);
    expect(set.body.questions.map((q: { answer: number }) => q.answer)).toEqual([0, 2, 0]);
    expect(set.body.tests.pre).toMatchObject({ status: 'pending', scored: 0 });
    expect((await staff('GET', '', undefined, focal('HYE'))).status).toBe(403);
  });

  it('lets trainees take the open pre-test once with their code, without seeing the answers', async () => {
    const before = await phone('GET', '/tests/pre', 'aline');
    expect(before.body).toMatchObject({ status: 'pending', questions: [], score: null });
    expect((await phone('POST', '/tests/pre', 'aline', { answers: answering(1) })).body).toMatchObject({
      code: 'test.not_open',
    });
    expect((await staff('POST', '/pre/open')).body.tests.pre.status).toBe('open');

    const shown = await phone('GET', '/tests/pre', 'aline');
    expect(shown.body.questions).toHaveLength(3);
    expect(shown.body.questions[0]).toEqual({
      id: expect.any(String),
      text: questions[0]!.text,
      options: questions[0]!.options,
    });
    const aline = await phone('POST', '/tests/pre', 'aline', { answers: answering(1) });
    expect(aline.body).toEqual({ kind: 'pre', score: 33.3 });
    expect((await phone('POST', '/tests/pre', 'bruno', { answers: answering(2) })).body.score).toBe(66.7);
    const again = await phone('POST', '/tests/pre', 'aline', { answers: answering(3) });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'test.taken' });
    expect((await phone('GET', '/tests/pre', 'aline')).body).toMatchObject({ questions: [], score: 33.3 });
    const unknown = await service.request('GET', '/public/tests/pre', undefined, {
      headers: { 'x-trainee-code': 'NOTACODE22' },
    });
    expect(unknown.status).toBe(404);
    // Taken once, the questions stay as they were
    expect((await staff('PUT', '/questions', { questions: questions.slice(0, 2) })).body).toMatchObject({
      code: 'assessment.questions_locked',
    });
  });

  it('takes scores by hand for a test on paper, never over one taken on a phone', async () => {
    const over = await staff('PUT', '/pre/scores', { scores: [{ traineeId: trainees.aline.id, score: 90 }] });
    expect(over.body).toMatchObject({ code: 'test.taken' });
    const entered = await staff('PUT', '/pre/scores', {
      scores: [{ traineeId: trainees.chantal.id, score: 50 }],
    });
    expect(rowOf(entered.body, 'chantal')).toMatchObject({ pre: 50, preBy: 'hand', post: null, gain: null });
    expect((await staff('PUT', '/pre/scores', { scores: [{ traineeId: 'nobody', score: 50 }] })).status).toBe(
      404,
    );
    expect(
      (await staff('PUT', '/pre/scores', { scores: [{ traineeId: trainees.chantal.id, score: 101 }] }))
        .status,
    ).toBe(400);
  });

  it('opens the survey with the post-test: once per trainee, comments without names', async () => {
    const ratings = { content: 5, trainer: 4, relevance: 5, organisation: 3 };
    expect((await phone('POST', '/feedback', 'aline', { ratings })).body).toMatchObject({
      code: 'feedback.not_open',
    });
    await staff('POST', '/pre/close');
    await staff('POST', '/post/open');
    expect((await phone('POST', '/tests/pre', 'chantal', { answers: answering(3) })).body).toMatchObject({
      code: 'test.not_open',
    });
    expect((await phone('POST', '/tests/post', 'aline', { answers: answering(3) })).body.score).toBe(100);
    expect((await phone('POST', '/tests/post', 'bruno', { answers: answering(2) })).body.score).toBe(66.7);
    await staff('PUT', '/post/scores', { scores: [{ traineeId: trainees.chantal.id, score: 80 }] });

    const given = await phone('POST', '/feedback', 'aline', {
      ratings,
      comment: 'More practice on real PLCs, please',
    });
    expect(given.status).toBe(201);
    expect((await phone('POST', '/feedback', 'aline', { ratings })).body).toMatchObject({
      code: 'feedback.given',
    });
    expect(
      (await phone('POST', '/feedback', 'bruno', { ratings: { ...ratings, trainer: 5, organisation: 6 } }))
        .status,
    ).toBe(400);
    await phone('POST', '/feedback', 'bruno', { ratings: { ...ratings, trainer: 5, organisation: 4 } });
    // The comment is sealed with the trainee's key where it is stored
    const db = service.app.get<Connection>(getConnectionToken()).db!;
    const stored = await db
      .collection<{ state: { comment: unknown } }>('outbox')
      .findOne({ aggregate: FEEDBACK, aggregateId: trainees.aline.id });
    expect(stored).not.toBeNull();
    expect(isSealed(stored!.state.comment)).toBe(true);
  });

  it("shows each trainee's gain and the cohort's and each sex's, as the formula gives them", async () => {
    const { body: view } = await staff('GET', '');
    const pre = { aline: 33.3, bruno: 66.7, chantal: 50 };
    const post = { aline: 100, bruno: 66.7, chantal: 80 };
    for (const key of ['aline', 'bruno', 'chantal'] as const)
      expect(rowOf(view, key).gain).toBeCloseTo(hake(pre[key], post[key]), 10);
    expect(rowOf(view, 'aline')).toMatchObject({ name: 'Aline Mukamana', preBy: 'test', postBy: 'test' });
    const meanPre = mean(Object.values(pre));
    const meanPost = mean(Object.values(post));
    expect(view.cohort.trainees).toBe(3);
    expect(view.cohort.pre).toBeCloseTo(meanPre, 10);
    expect(view.cohort.gain).toBeCloseTo(hake(meanPre, meanPost), 10);
    const women = view.bySex.find((g: { sex: string }) => g.sex === 'woman');
    expect(women.trainees).toBe(2);
    expect(women.gain).toBeCloseTo(hake(mean([33.3, 50]), mean([100, 80])), 10);
    expect(view.bySex.find((g: { sex: string }) => g.sex === 'man')).toMatchObject({ trainees: 1, gain: 0 });
    expect(view.feedback).toEqual({
      count: 2,
      means: { content: 5, trainer: 4.5, relevance: 5, organisation: 3.5 },
      comments: ['More practice on real PLCs, please'],
    });
    expect(view.tests.post).toMatchObject({ status: 'open', scored: 3 });
  });

  it('closes the course with the gain published in the same write, and no test taken after', async () => {
    const early = await service.request('POST', `/tots/${totId}/close`, undefined, { as });
    expect(early.body).toMatchObject({ code: 'tot.nothing_held' });
    expect((await staff('GET', '')).body.tests.post.status).toBe('open'); // a refused close changes nothing
    await service.app.get(TotsService).hold(totId, sessionId, 3, [{ sex: 'woman', count: 2 }], as as never);

    const closed = await service.request('POST', `/tots/${totId}/close`, undefined, { as });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ totStatus: 'closed', tests: { post: { status: 'closed' } } });
    const completed = await eventually(async () => {
      const found = probe.events.filter((e) => e.type === AssessmentCompleted.type && e.subject === totId);
      expect(found).toHaveLength(1);
      return found[0]!.data as AssessmentCompletedV1;
    });
    expect(completed).toMatchObject({ totId, iprc: 'KGL', memberId: 'asm-1' });
    expect(completed.cohort.trainees).toBe(3);
    expect(completed.cohort.gain).toBeCloseTo(closed.body.cohort.gain, 10);
    expect(completed.cohort.post).toBeCloseTo(mean([100, 66.7, 80]), 10);
    expect(completed.bySex.map((g) => [g.sex, g.trainees])).toEqual([
      ['woman', 2],
      ['man', 1],
    ]);
    expect((await phone('POST', '/tests/post', 'chantal', { answers: answering(3) })).status).toBe(409);
    expect(
      (await staff('PUT', '/post/scores', { scores: [{ traineeId: trainees.chantal.id, score: 90 }] })).body,
    ).toMatchObject({
      code: 'tot.wrong_status',
    });
  });
});

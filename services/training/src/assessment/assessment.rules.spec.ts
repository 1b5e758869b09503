import { describe, expect, it } from '@jest/globals';
import type { Feedback } from './assessment.ts';
import {
  closeOpenTests,
  cohortGain,
  emptyAssessment,
  enterScores,
  feedbackSummary,
  gainBySex,
  gainOf,
  openTest,
  setQuestions,
  take,
} from './assessment.rules.ts';

const now = new Date('2025-05-01T10:00:00Z');
const trainer = { id: 't', name: 'Ada', roles: ['trainer' as const] };
let n = 0;
const newId = () => `q${++n}`;
const questions = [
  { text: 'One?', options: ['a', 'b'], answer: 1 },
  { text: 'Two?', options: ['a', 'b', 'c'], answer: 2 },
  { text: 'Three?', options: ['a', 'b'], answer: 0 },
];

describe('learning gain', () => {
  it('is the share of the possible gain a trainee made', () => {
    expect(gainOf(40, 70)).toBeCloseTo(0.5);
    expect(gainOf(50, 100)).toBe(1);
    expect(gainOf(60, 60)).toBe(0);
    expect(gainOf(80, 60)).toBe(-1);
  });

  it('is undefined with a missing score or a perfect pre-test', () => {
    expect(gainOf(undefined, 80)).toBeUndefined();
    expect(gainOf(40, undefined)).toBeUndefined();
    expect(gainOf(100, 100)).toBeUndefined();
  });

  it("is the gain of the cohort's means, over trainees with both scores only", () => {
    const cohort = cohortGain([{ pre: 20, post: 60 }, { pre: 60, post: 100 }, { pre: 10 }, { post: 90 }]);
    // means 40 → 80: (80 − 40) / (100 − 40) = 2/3, not the mean of 0.5 and 1
    expect(cohort).toEqual({ trainees: 2, pre: 40, post: 80, gain: 2 / 3 });
  });

  it('has no means when nobody took both tests, and no gain when the mean pre-test is perfect', () => {
    expect(cohortGain([{ pre: 30 }])).toEqual({ trainees: 0 });
    expect(cohortGain([{ pre: 100, post: 90 }])).toEqual({ trainees: 1, pre: 100, post: 90 });
  });

  it("never reports a cohort's gain below the contract's floor of -100", () => {
    expect(cohortGain([{ pre: 99.5, post: 0 }]).gain).toBe(-100);
  });

  it('is given per sex, in the order of the genders, for the sexes present', () => {
    const rows = [
      { sex: 'man', pre: 50, post: 75 },
      { sex: 'woman', pre: 20, post: 60 },
      { sex: 'woman', pre: 40 },
    ];
    expect(gainBySex(rows, ['woman', 'man', 'other'])).toEqual([
      { sex: 'woman', trainees: 1, pre: 20, post: 60, gain: 0.5 },
      { sex: 'man', trainees: 1, pre: 50, post: 75, gain: 0.5 },
    ]);
  });
});

describe('tests', () => {
  const ready = () =>
    openTest(setQuestions(emptyAssessment(), questions, newId, trainer, now), 'pre', trainer, now);

  it('scores the answers in percent, once per trainee and test', () => {
    const { state, score } = take(ready(), 'pre', 'tr1', [1, 2, 1], now);
    expect(score).toBe(66.7);
    expect(() => take(state, 'pre', 'tr1', [1, 2, 0], now)).toThrow(
      expect.objectContaining({ code: 'test.taken' }),
    );
  });

  it('refuses answers to a test that is not open, or that do not fit its questions', () => {
    expect(() => take(ready(), 'post', 'tr1', [1, 2, 0], now)).toThrow(
      expect.objectContaining({ code: 'test.not_open' }),
    );
    expect(() => take(ready(), 'pre', 'tr1', [1, 2], now)).toThrow(
      expect.objectContaining({ code: 'test.answers_count' }),
    );
    expect(() => take(ready(), 'pre', 'tr1', [1, 2, 2], now)).toThrow(
      expect.objectContaining({ code: 'test.answer_out_of_range' }),
    );
  });

  it('keeps the questions once a trainee took a test, not before', () => {
    const changed = setQuestions(ready(), questions.slice(0, 2), newId, trainer, now);
    expect(changed.questions).toHaveLength(2);
    const { state } = take(ready(), 'pre', 'tr1', [1, 2, 0], now);
    expect(() => setQuestions(state, questions, newId, trainer, now)).toThrow(
      expect.objectContaining({ code: 'assessment.questions_locked' }),
    );
  });

  it('refuses an answer index beyond the options and two questions with one id', () => {
    expect(() =>
      setQuestions(emptyAssessment(), [{ text: 'x', options: ['a', 'b'], answer: 2 }], newId, trainer, now),
    ).toThrow(expect.objectContaining({ code: 'assessment.answer_out_of_range' }));
    const twice = [
      { id: 'a', text: 'x', options: ['a', 'b'], answer: 0 },
      { id: 'a', text: 'y', options: ['a', 'b'], answer: 0 },
    ];
    expect(() => setQuestions(emptyAssessment(), twice, newId, trainer, now)).toThrow(
      expect.objectContaining({ code: 'assessment.question_ids' }),
    );
  });

  it('opens a test only with questions', () => {
    expect(() => openTest(emptyAssessment(), 'pre', trainer, now)).toThrow(
      expect.objectContaining({ code: 'test.no_questions' }),
    );
  });

  it('takes scores by hand for enrolled trainees, never over a score taken on a phone', () => {
    const { state } = take(ready(), 'pre', 'tr1', [1, 2, 0], now);
    const enrolled = new Set(['tr1', 'tr2']);
    const entered = enterScores(state, 'pre', [{ traineeId: 'tr2', score: 55 }], enrolled, trainer, now);
    expect(entered.scores.tr2).toEqual({ pre: { score: 55, by: 'hand', at: now.toISOString() } });
    expect(() =>
      enterScores(state, 'pre', [{ traineeId: 'tr1', score: 10 }], enrolled, trainer, now),
    ).toThrow(expect.objectContaining({ code: 'test.taken' }));
    expect(() =>
      enterScores(state, 'pre', [{ traineeId: 'tr9', score: 10 }], enrolled, trainer, now),
    ).toThrow(expect.objectContaining({ code: 'trainee.not_found' }));
  });

  it('closes the open tests when the course closes', () => {
    const closed = closeOpenTests(ready(), trainer, now);
    expect(closed.tests.pre.status).toBe('closed');
    expect(closed.tests.post.status).toBe('pending');
  });
});

describe('feedback', () => {
  const answer = (at: string, r: number, comment: string | null): Feedback => ({
    totId: 'tot',
    ratings: { content: r, trainer: 5, relevance: r, organisation: 3 },
    comment,
    at,
  });

  it('gives the mean of each item and the comments without names', () => {
    const summary = feedbackSummary([
      answer('2', 4, 'Good pace'),
      answer('1', 3, null),
      answer('3', 4, null),
    ]);
    expect(summary).toEqual({
      count: 3,
      means: { content: 3.67, trainer: 5, relevance: 3.67, organisation: 3 },
      comments: ['Good pace'],
    });
    expect(feedbackSummary([])).toEqual({ count: 0, means: null, comments: [] });
  });
});

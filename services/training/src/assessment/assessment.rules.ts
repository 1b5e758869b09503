import { type Caller, entry } from '@ikiraro/auth';
import type { LearningGain, SexGain } from '@ikiraro/contracts';
import { DomainError } from '@ikiraro/service-defaults';
import {
  type Assessment,
  type Feedback,
  FEEDBACK_ITEMS,
  type FeedbackItem,
  type Question,
  type Score,
  TEST_KINDS,
  type TestKind,
} from './assessment.ts';

type Actor = Pick<Caller, 'id' | 'name' | 'roles'>;
const conflict = (code: string, message: string) => new DomainError(code, 'conflict', message);
const invalid = (code: string, message: string) => new DomainError(code, 'invalid', message);

export const emptyAssessment = (): Assessment => ({
  questions: [],
  tests: {
    pre: { status: 'pending', openedAt: null, closedAt: null },
    post: { status: 'pending', openedAt: null, closedAt: null },
  },
  scores: {},
  trail: [],
});

/** The test a route names: `pre` or `post`. */
export function kindOf(value: string): TestKind {
  if (!TEST_KINDS.includes(value as TestKind))
    throw new DomainError(
      'test.unknown',
      'not_found',
      `A test is ${TEST_KINDS.join(' or ')}, not "${value}"`,
    );
  return value as TestKind;
}

/** Whether a trainee took a test on their phone: from then on the questions are what they answered. */
export const questionsLocked = (a: Assessment) =>
  Object.values(a.scores).some((s) => TEST_KINDS.some((k) => s[k]?.by === 'test'));

export type QuestionDraft = Omit<Question, 'id'> & { id?: string };

/** The question set, replaced whole; questions keep their id when given one, others get `newId()`. */
export function setQuestions(
  a: Assessment,
  drafts: QuestionDraft[],
  newId: () => string,
  actor: Actor,
  now: Date,
): Assessment {
  if (questionsLocked(a))
    throw conflict(
      'assessment.questions_locked',
      'A trainee took a test already: its questions stay as they were',
    );
  const questions = drafts.map((q) => ({ ...q, id: q.id ?? newId() }));
  const ids = new Set(questions.map((q) => q.id));
  if (ids.size !== questions.length)
    throw invalid('assessment.question_ids', 'Two questions have the same id');
  questions.forEach((q, i) => {
    if (q.answer >= q.options.length)
      throw invalid(
        'assessment.answer_out_of_range',
        `Question ${i + 1}: the answer is one of its ${q.options.length} options`,
      );
  });
  return {
    ...a,
    questions,
    trail: [...a.trail, entry(actor, 'questions set', now, { questions: questions.length })],
  };
}

export function openTest(a: Assessment, kind: TestKind, actor: Actor, now: Date): Assessment {
  if (a.tests[kind].status === 'open')
    throw conflict('test.wrong_status', `The ${kind}-test is open already`);
  if (!a.questions.length) throw conflict('test.no_questions', 'Write the questions before opening a test');
  const test = { ...a.tests[kind], status: 'open' as const, openedAt: now.toISOString(), closedAt: null };
  return {
    ...a,
    tests: { ...a.tests, [kind]: test },
    trail: [...a.trail, entry(actor, `${kind}-test opened`, now)],
  };
}

export function closeTest(a: Assessment, kind: TestKind, actor: Actor, now: Date): Assessment {
  if (a.tests[kind].status !== 'open') throw conflict('test.not_open', `The ${kind}-test is not open`);
  const test = { ...a.tests[kind], status: 'closed' as const, closedAt: now.toISOString() };
  return {
    ...a,
    tests: { ...a.tests, [kind]: test },
    trail: [...a.trail, entry(actor, `${kind}-test closed`, now)],
  };
}

/** The course closes: tests still open close with it, so no answer arrives after the gain is taken. */
export function closeOpenTests(a: Assessment, actor: Actor, now: Date): Assessment {
  return TEST_KINDS.reduce(
    (next, kind) => (next.tests[kind].status === 'open' ? closeTest(next, kind, actor, now) : next),
    a,
  );
}

/** A score in percent, to one decimal. */
export const percent = (right: number, of: number) => Math.round((right / of) * 1000) / 10;

/** A trainee's answers to an open test, once: their score, the right answers counted. */
export function take(
  a: Assessment,
  kind: TestKind,
  traineeId: string,
  answers: number[],
  now: Date,
): { state: Assessment; score: number } {
  if (a.tests[kind].status !== 'open') throw conflict('test.not_open', `The ${kind}-test is not open`);
  if (a.scores[traineeId]?.[kind]) throw conflict('test.taken', `You have a ${kind}-test score already`);
  if (answers.length !== a.questions.length)
    throw invalid('test.answers_count', `Answer each of the ${a.questions.length} questions, in order`);
  answers.forEach((chosen, i) => {
    if (chosen >= a.questions[i]!.options.length)
      throw invalid(
        'test.answer_out_of_range',
        `Question ${i + 1} has ${a.questions[i]!.options.length} options`,
      );
  });
  const right = answers.filter((chosen, i) => chosen === a.questions[i]!.answer).length;
  const score = percent(right, a.questions.length);
  const taken: Score = { score, by: 'test', at: now.toISOString(), answers };
  return { state: withScore(a, traineeId, kind, taken), score };
}

/**
 * Scores entered by the trainer (a test on paper), for trainees of the ToT (`enrolled`). A score taken on a
 * phone stays: it follows from the answers given. A score entered by hand may be entered again.
 */
export function enterScores(
  a: Assessment,
  kind: TestKind,
  scores: { traineeId: string; score: number }[],
  enrolled: ReadonlySet<string>,
  actor: Actor,
  now: Date,
): Assessment {
  if (new Set(scores.map((s) => s.traineeId)).size !== scores.length)
    throw invalid('scores.duplicate', 'A trainee appears twice in the list');
  let next = a;
  for (const { traineeId, score } of scores) {
    if (!enrolled.has(traineeId))
      throw new DomainError('trainee.not_found', 'not_found', `No trainee ${traineeId} in this ToT`);
    if (next.scores[traineeId]?.[kind]?.by === 'test')
      throw conflict('test.taken', `Trainee ${traineeId} took the ${kind}-test on their phone`);
    next = withScore(next, traineeId, kind, { score, by: 'hand', at: now.toISOString() });
  }
  return {
    ...next,
    trail: [...next.trail, entry(actor, `${kind}-test scores entered`, now, { scores: scores.length })],
  };
}

const withScore = (a: Assessment, traineeId: string, kind: TestKind, score: Score): Assessment => ({
  ...a,
  scores: { ...a.scores, [traineeId]: { ...a.scores[traineeId], [kind]: score } },
});

/** The contract's floor: a mean pre-test above 99 that then fell would give less (see `cohortGain`). */
const FLOOR = -100;

/**
 * A trainee's normalised gain (Hake, 1998): the share of what they could still learn that they learned,
 *
 *     g = (post − pre) / (100 − pre)          scores in percent
 *
 * 1 when the post-test is perfect, 0 when nothing changed, negative when the score fell. Undefined when a score
 * is missing, or when pre = 100 (nothing left to gain: the ratio has no meaning).
 */
export function gainOf(pre: number | undefined, post: number | undefined): number | undefined {
  if (pre === undefined || post === undefined || pre >= 100) return undefined;
  return (post - pre) / (100 - pre);
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * A cohort's gain: the gain of its means (Hake's ⟨g⟩), over the trainees who took both tests,
 *
 *     ⟨g⟩ = (mean post − mean pre) / (100 − mean pre)
 *
 * not the mean of each trainee's gain (which a trainee with pre near 100 would swing). Means and gain absent
 * when nobody took both; gain absent when mean pre = 100; a gain below −100 (possible only with a mean pre above
 * 99) is reported as −100.
 */
export function cohortGain(rows: readonly { pre?: number; post?: number }[]): LearningGain {
  const both = rows.filter((r) => r.pre !== undefined && r.post !== undefined);
  if (!both.length) return { trainees: 0 };
  const pre = mean(both.map((r) => r.pre!));
  const post = mean(both.map((r) => r.post!));
  const gain = gainOf(pre, post);
  return { trainees: both.length, pre, post, ...(gain === undefined ? {} : { gain: Math.max(FLOOR, gain) }) };
}

/** `cohortGain` for each sex among `rows`, in the order of `sexes` (the programme's genders). */
export function gainBySex(
  rows: readonly { sex: string; pre?: number; post?: number }[],
  sexes: readonly string[],
): SexGain[] {
  const present = sexes.filter((sex) => rows.some((r) => r.sex === sex));
  return present.map((sex) => ({ sex, ...cohortGain(rows.filter((r) => r.sex === sex)) }));
}

/** The scores of a trainee, as numbers. */
export const scoresOf = (a: Assessment, traineeId: string) => ({
  pre: a.scores[traineeId]?.pre?.score,
  post: a.scores[traineeId]?.post?.score,
});

/** The end-of-course survey is answered once the post-test has opened. */
export function assertFeedbackOpen(a: Assessment) {
  if (a.tests.post.status === 'pending')
    throw conflict('feedback.not_open', 'The survey opens with the post-test');
}

export interface FeedbackSummary {
  count: number;
  /** Mean rating of each item, 1–5 to two decimals; null with no answer. */
  means: Record<FeedbackItem, number> | null;
  /** The comments, without names, oldest first. */
  comments: string[];
}

export function feedbackSummary(answers: readonly Feedback[]): FeedbackSummary {
  const sorted = [...answers].sort((a, b) => a.at.localeCompare(b.at));
  const means = sorted.length
    ? (Object.fromEntries(
        FEEDBACK_ITEMS.map((item) => [
          item,
          Math.round(mean(sorted.map((f) => f.ratings[item])) * 100) / 100,
        ]),
      ) as Record<FeedbackItem, number>)
    : null;
  const comments = sorted.flatMap((f) => (f.comment ? [f.comment] : []));
  return { count: sorted.length, means, comments };
}

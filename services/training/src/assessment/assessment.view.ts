import type { LearningGain } from '@ikiraro/contracts';
import type { Tot } from '../tots/tot.ts';
import type { Assessment, TestKind } from './assessment.ts';
import { feedbackSummary, gainOf, questionsLocked, scoresOf } from './assessment.rules.ts';
import type { AssessmentData } from './assessment.service.ts';
import { gainsOf } from './assessment.service.ts';
import type { AssessmentView, LearningGainView, PublicTestView, TestView } from './assessment-view.dto.ts';

const gainView = (g: LearningGain): LearningGainView => ({
  trainees: g.trainees,
  pre: g.pre ?? null,
  post: g.post ?? null,
  gain: g.gain ?? null,
});

const testView = (a: Assessment, kind: TestKind): TestView => ({
  ...a.tests[kind],
  scored: Object.values(a.scores).filter((s) => s[kind]).length,
});

export function viewOf({ tot, assessment: a, trainees, feedback }: AssessmentData): AssessmentView {
  const { cohort, bySex } = gainsOf(a, trainees);
  return {
    totId: tot.id,
    totStatus: tot.state.status,
    questions: a.questions,
    questionsLocked: questionsLocked(a),
    tests: { pre: testView(a, 'pre'), post: testView(a, 'post') },
    trainees: trainees.map((t) => {
      const { pre, post } = scoresOf(a, t._id);
      return {
        traineeId: t._id,
        name: t.name ?? null,
        sex: t.sex,
        role: t.role,
        pre: pre ?? null,
        post: post ?? null,
        preBy: a.scores[t._id]?.pre?.by ?? null,
        postBy: a.scores[t._id]?.post?.by ?? null,
        gain: gainOf(pre, post) ?? null,
      };
    }),
    cohort: gainView(cohort),
    bySex: bySex.map((g) => ({ sex: g.sex, ...gainView(g) })),
    feedback: feedbackSummary(feedback),
  };
}

/** What a trainee's phone shows of a test: the questions without answers, while it is open and not yet taken. */
export function publicTestOf(tot: Tot, a: Assessment, kind: TestKind, traineeId: string): PublicTestView {
  const score = a.scores[traineeId]?.[kind]?.score ?? null;
  const status = a.tests[kind].status;
  const showing = status === 'open' && score === null && tot.status === 'planning';
  return {
    kind,
    status,
    course: tot.title,
    questions: showing ? a.questions.map(({ id, text, options }) => ({ id, text, options })) : [],
    score,
  };
}

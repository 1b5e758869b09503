import type { TestKind, TestStatus } from './assessment.ts';

export class QuestionView {
  id!: string;
  text!: string;
  options!: string[];
  /** The right option's index (staff only). */
  answer!: number;
}

export class TestView {
  status!: TestStatus;
  openedAt!: string | null;
  closedAt!: string | null;
  /** Trainees with a score on it, on the phone or by hand. */
  scored!: number;
}

export class TestsView {
  pre!: TestView;
  post!: TestView;
}

export class TraineeScoreView {
  traineeId!: string;
  /** Null once erased. */
  name!: string | null;
  sex!: string;
  role!: string;
  pre!: number | null;
  post!: number | null;
  /** `test` when taken on their phone, `hand` when entered by the trainer. */
  preBy!: 'test' | 'hand' | null;
  postBy!: 'test' | 'hand' | null;
  /** (post − pre) / (100 − pre); null with a missing score or pre = 100. */
  gain!: number | null;
}

export class LearningGainView {
  /** Trainees who took both tests. */
  trainees!: number;
  pre!: number | null;
  post!: number | null;
  /** (mean post − mean pre) / (100 − mean pre), over the trainees who took both. */
  gain!: number | null;
}

export class SexGainView extends LearningGainView {
  sex!: string;
}

export class RatingMeansView {
  content!: number;
  trainer!: number;
  relevance!: number;
  organisation!: number;
}

export class FeedbackSummaryView {
  count!: number;
  /** Mean of each item (1–5); null with no answer yet. */
  means!: RatingMeansView | null;
  /** Comments, without names. */
  comments!: string[];
}

export class AssessmentView {
  totId!: string;
  totStatus!: string;
  questions!: QuestionView[];
  /** Once a trainee took a test on their phone, the questions cannot change. */
  questionsLocked!: boolean;
  tests!: TestsView;
  trainees!: TraineeScoreView[];
  cohort!: LearningGainView;
  bySex!: SexGainView[];
  feedback!: FeedbackSummaryView;
}

export class PublicQuestionView {
  id!: string;
  text!: string;
  options!: string[];
}

/** A test as a trainee's phone shows it: no answers. */
export class PublicTestView {
  kind!: TestKind;
  status!: TestStatus;
  /** The ToT's title. */
  course!: string;
  /** The questions while the test is open and not yet taken; empty otherwise. */
  questions!: PublicQuestionView[];
  /** Their score, once they have one. */
  score!: number | null;
}

export class TestScoreView {
  kind!: TestKind;
  /** Percent of right answers. */
  score!: number;
}

export class FeedbackReceivedView {
  received!: true;
}

import type { AuditEntry } from '@ikiraro/auth';
import { traineePerson } from '@ikiraro/contracts';
import type { PersonalState } from '@ikiraro/messaging';

/** Aggregate name of a ToT's assessment: one per ToT, same id, made on its first change. */
export const ASSESSMENT = 'assessment';
/** Aggregate name of a trainee's end-of-course feedback: one per trainee, the trainee's id (so: once each). */
export const FEEDBACK = 'feedback';

export const TEST_KINDS = ['pre', 'post'] as const;
export type TestKind = (typeof TEST_KINDS)[number];
export type TestStatus = 'pending' | 'open' | 'closed';

/** A multiple-choice question: `answer` is the index of the right option. */
export interface Question {
  id: string;
  text: string;
  options: string[];
  answer: number;
}

export interface Test {
  status: TestStatus;
  openedAt: string | null;
  closedAt: string | null;
}

/** A trainee's score on one test, in percent: taken on their phone (`test`) or entered by the trainer (`hand`). */
export interface Score {
  score: number;
  by: 'test' | 'hand';
  at: string;
  /** The options they chose, for a test taken on the phone. */
  answers?: number[];
}

export interface Assessment {
  questions: Question[];
  tests: Record<TestKind, Test>;
  /** Trainee id → their scores. Ids only: names stay in each trainee's own aggregate, sealed. */
  scores: Record<string, Partial<Record<TestKind, Score>>>;
  trail: AuditEntry[];
}

export const FEEDBACK_ITEMS = ['content', 'trainer', 'relevance', 'organisation'] as const;
export type FeedbackItem = (typeof FEEDBACK_ITEMS)[number];

/** One trainee's answer to the survey. The comment is theirs: sealed with their key, gone when they are erased. */
export interface Feedback {
  totId: string;
  ratings: Record<FeedbackItem, number>;
  comment: string | null;
  at: string;
}

/** The `personal` entry of the feedback aggregate (app.module.ts): the comment, sealed with the trainee's key. */
export const feedbackPersonal: PersonalState<Feedback> = {
  person: (_state, id) => traineePerson(id),
  fields: ['comment'],
};

import { ruleOf } from '@ikiraro/auth/policy';
import { api } from '../api/client.ts';
import type { components } from '../api/generated/openapi.ts';

/* A ToT's assessment as training answers it (services/training/src/assessment), typed from the API's document. */
type Schemas = components['schemas'];
export type Assessment = Schemas['AssessmentView'];
export type Question = Schemas['QuestionView'];
export type TraineeScore = Schemas['TraineeScoreView'];
export type Gain = Schemas['LearningGainView'];
export type SexGain = Schemas['SexGainView'];
export type Feedback = Schemas['FeedbackSummaryView'];
export type QuestionsBody = Schemas['QuestionsDto'];
export type ScoresBody = Schemas['ScoresDto'];
export type TestKind = 'pre' | 'post';
export const testKinds = ['pre', 'post'] as const satisfies readonly TestKind[];
export const feedbackItems = ['content', 'trainer', 'relevance', 'organisation'] as const;

/** The policy rules of the assessment screen and its actions (libs/auth's matrix, block `training`). */
export const assessmentAccess = {
  read: ruleOf('training', 'GET /tots/:id/assessment'),
  questions: ruleOf('training', 'PUT /tots/:id/assessment/questions'),
  open: ruleOf('training', 'POST /tots/:id/assessment/:kind/open'),
  close: ruleOf('training', 'POST /tots/:id/assessment/:kind/close'),
  scores: ruleOf('training', 'PUT /tots/:id/assessment/:kind/scores'),
  closeCourse: ruleOf('training', 'POST /tots/:id/close'),
};

const at = (id: string) => `/tots/${encodeURIComponent(id)}`;

export const assessmentApi = {
  one: (id: string) => `${at(id)}/assessment`,
  setQuestions: (id: string, body: QuestionsBody) =>
    api.put<Assessment>(`${at(id)}/assessment/questions`, body),
  open: (id: string, kind: TestKind) => api.post<Assessment>(`${at(id)}/assessment/${kind}/open`),
  close: (id: string, kind: TestKind) => api.post<Assessment>(`${at(id)}/assessment/${kind}/close`),
  scores: (id: string, kind: TestKind, body: ScoresBody) =>
    api.put<Assessment>(`${at(id)}/assessment/${kind}/scores`, body),
  closeCourse: (id: string) => api.post<Assessment>(`${at(id)}/close`),
};

/** The assessment page of a ToT in the portal. */
export const assessmentPath = (id: string) => `${at(id)}/assessment`;

/** A gain (−1…1) as the page shows it: two decimals; a dash when there is none. */
export const gainText = (gain: number | null | undefined, none: string) =>
  gain === null || gain === undefined ? none : gain.toFixed(2);

/** A score or a mean score in percent, to one decimal. */
export const scoreText = (score: number | null | undefined, none: string) =>
  score === null || score === undefined ? none : `${Math.round(score * 10) / 10}`;

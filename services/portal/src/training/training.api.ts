import { ruleOf } from '@ikiraro/auth/policy';
import { api } from '../api/client.ts';
import type { components } from '../api/generated/openapi.ts';
import type { BatchAnswer, MarkStatus } from './mark-queue.ts';

/* Trainings of Trainers as training answers them, typed from the API's document. */
type Schemas = components['schemas'];
export type TotSummary = Schemas['TotSummaryView'];
export type TotList = Schemas['TotListView'];
export type Tot = Schemas['TotView'];
export type Session = Schemas['TotSessionView'];
export type TotPlan = Schemas['TotPlanDto'];
export type SessionPlan = Schemas['TotSessionDto'];
export type SessionChange = Schemas['TotSessionChangeDto'];
export type Trainee = Schemas['TraineeView'];
export type TraineeList = Schemas['TraineeListView'];
export type TraineeInput = Schemas['TraineeDto'];
export type TraineeImportReport = Schemas['TraineeImportReportView'];
export type Register = Schemas['RegisterView'];
export type RegisterRow = Schemas['RegisterRowView'];
export type MarksResult = Schemas['MarksResultView'];
export type CheckInCode = Schemas['CheckInCodeView'];

export const traineeRoles = ['teacher', 'student'] as const satisfies readonly TraineeInput['role'][];

/** The policy rules of the training screens and their actions (libs/auth's matrix, block `training`). */
export const trainingAccess = {
  tots: ruleOf('training', 'GET /tots'),
  tot: ruleOf('training', 'GET /tots/:id'),
  plan: ruleOf('training', 'PATCH /tots/:id'),
  addSession: ruleOf('training', 'POST /tots/:id/sessions'),
  changeSession: ruleOf('training', 'PATCH /tots/:id/sessions/:sessionId'),
  cancelSession: ruleOf('training', 'POST /tots/:id/sessions/:sessionId/cancel'),
  trainees: ruleOf('training', 'GET /tots/:id/trainees'),
  enrol: ruleOf('training', 'POST /tots/:id/trainees'),
  importDryRun: ruleOf('training', 'POST /tots/:id/trainees/import/dry-run'),
  import: ruleOf('training', 'POST /tots/:id/trainees/import'),
  register: ruleOf('training', 'GET /tots/:id/sessions/:sessionId/register'),
  checkInCode: ruleOf('training', 'GET /tots/:id/sessions/:sessionId/check-in-code'),
  mark: ruleOf('training', 'POST /tots/:id/sessions/:sessionId/marks'),
  close: ruleOf('training', 'POST /tots/:id/sessions/:sessionId/close'),
};

const at = (id: string) => `/tots/${encodeURIComponent(id)}`;
const sessionAt = (id: string, sessionId: string) => `${at(id)}/sessions/${encodeURIComponent(sessionId)}`;

export const trainingApi = {
  list: () => '/tots',
  one: at,
  trainees: (id: string) => `${at(id)}/trainees`,
  register: (id: string, sessionId: string) => `${sessionAt(id, sessionId)}/register`,
  checkInCode: (id: string, sessionId: string) => `${sessionAt(id, sessionId)}/check-in-code`,
  plan: (id: string, plan: TotPlan) => api.patch<Tot>(at(id), plan),
  addSession: (id: string, session: SessionPlan) => api.post<Tot>(`${at(id)}/sessions`, session),
  changeSession: (id: string, sessionId: string, change: SessionChange) =>
    api.patch<Tot>(sessionAt(id, sessionId), change),
  cancelSession: (id: string, sessionId: string) => api.post<Tot>(`${sessionAt(id, sessionId)}/cancel`),
  enrol: (id: string, trainee: TraineeInput) => api.post<Trainee>(`${at(id)}/trainees`, trainee),
  /** Reads and checks the list; changes nothing. */
  dryRun: (id: string, file: Blob) =>
    api.upload<TraineeImportReport>(`${at(id)}/trainees/import/dry-run`, file, 'text/csv'),
  import: (id: string, file: Blob) =>
    api.upload<TraineeImportReport>(`${at(id)}/trainees/import`, file, 'text/csv'),
  /** A batch of marks from the offline queue: what became of each, and the register as it is now. */
  marks: (
    id: string,
    sessionId: string,
    marks: { markId: string; traineeId: string; status: MarkStatus; markedAt: string }[],
  ): Promise<MarksResult & BatchAnswer> =>
    api.post<MarksResult>(`${sessionAt(id, sessionId)}/marks`, { marks }),
  close: (id: string, sessionId: string) => api.post<Register>(`${sessionAt(id, sessionId)}/close`),
};

/** The portal's pages of a ToT. */
export const totPath = (id: string) => `/tots/${encodeURIComponent(id)}`;
export const codesPath = (id: string) => `${totPath(id)}/codes`;
export const attendancePath = (id: string, sessionId: string) =>
  `${totPath(id)}/sessions/${encodeURIComponent(sessionId)}/attendance`;

/** What a trainee's phone opens: the check-in of a scanned code, and their own page with their personal code. */
export const checkInUrl = (token: string) =>
  `${window.location.origin}/check-in?s=${encodeURIComponent(token)}`;
export const traineeUrl = (code: string) =>
  `${window.location.origin}/trainee?code=${encodeURIComponent(code)}`;

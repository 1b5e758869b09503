import type { TraineeRole } from '@ikiraro/contracts';
import type { TotSessionView } from '../tots/tot-view.dto.ts';
import type { SessionStatus } from '../tots/tot.ts';
import type { MarkSource, MarkStatus } from './register.ts';

export class MarkerView {
  id!: string;
  /** Null for a trainee erased since. */
  name!: string | null;
  roles!: string[];
}

export class MarkView {
  markId!: string;
  traineeId!: string;
  status!: MarkStatus;
  source!: MarkSource;
  by!: MarkerView;
  /** Device time. */
  markedAt!: string;
  /** Server time. */
  receivedAt!: string;
}

export class RegisterRowView {
  traineeId!: string;
  /** Null once erased. */
  name!: string | null;
  sex!: string;
  role!: TraineeRole;
  /** By the conflict rule over their marks; null while unmarked. */
  status!: MarkStatus | null;
  /** The mark that gives it. */
  effective!: MarkView | null;
}

/** A session's register: every enrolled trainee with their effective status, and every mark as received. */
export class RegisterView {
  totId!: string;
  session!: TotSessionView;
  closedAt!: string | null;
  trainees!: RegisterRowView[];
  /** The history: who marked what and when, in the order received. */
  marks!: MarkView[];
}

export class MarkRefusalView {
  markId!: string;
  /** `session.not_planned`, `trainee.not_enrolled` or `mark.in_future`. */
  code!: string;
  message!: string;
}

/** What became of each mark of a batch; the applied ones were written together. */
export class MarksResultView {
  applied!: string[];
  /** Marks received before (an offline queue resending): nothing changed. */
  duplicates!: string[];
  refused!: MarkRefusalView[];
  register!: RegisterView;
}

/** The session's rotating check-in code; the portal shows it as a QR of `/check-in?s=<token>`. */
export class CheckInCodeView {
  token!: string;
  /** When a scan of it stops being taken (the end of the next period). */
  expiresAt!: string;
  /** How often to fetch a new one. */
  periodSeconds!: number;
}

export class CheckInSessionView {
  date!: string;
  start!: string;
  topic!: string;
}

export class CheckInView {
  session!: CheckInSessionView;
  /** Their status for the session now (a mark by staff takes precedence over a check-in). */
  status!: MarkStatus;
}

export class TraineeSessionView extends CheckInSessionView {
  id!: string;
  end!: string;
  room!: string;
  sessionStatus!: SessionStatus;
  /** Their effective status; null while unmarked. */
  attendance!: MarkStatus | null;
}

/** A trainee's own record, opened with their personal code. */
export class TraineeRecordView {
  id!: string;
  name!: string | null;
  /** A teacher records the sessions they give to their own students (the cascade). */
  role!: TraineeRole;
  totId!: string;
  totTitle!: string;
  iprc!: string;
  sessions!: TraineeSessionView[];
}

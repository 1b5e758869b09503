import type { AuditEntry } from '@ikiraro/auth';
import type { PlacementStatus, TaskStatus } from './placement.ts';

export class PeriodView {
  start!: string;
  end!: string;
}

export class AttachmentView {
  id!: string;
  name!: string;
  bytes!: number;
  at!: string;
}

export class PaymentView {
  amount!: number;
  currency!: string;
  paid!: boolean;
}

export class TaskView {
  key!: string;
  title!: string;
  /** The staff role that does it. */
  ownerRole!: string;
  dueOn!: string;
  status!: TaskStatus;
  /** For an open task: past due, or due within the next days (DUE_SOON_DAYS). */
  lateness!: 'overdue' | 'due-soon' | null;
  notes!: string | null;
  /** A task of the cancellation list, undoing what logistics had done. */
  compensates?: boolean;
  payment?: PaymentView;
  person?: string | null;
  attachments!: AttachmentView[];
}

export class TrailEntryView implements AuditEntry {
  at!: string;
  by!: { id: string; name: string; role: string };
  action!: string;
  detail?: Record<string, unknown>;
}

/** A row of the board. */
export class PlacementSummaryView {
  id!: string;
  status!: PlacementStatus;
  iprc!: string;
  torId!: string;
  /** The ToR's title, once selection's `tor.published` is here. */
  torTitle!: string | null;
  /** The professional's name (null once erased, or before outreach's contact event arrives). */
  professional!: string | null;
  period!: PeriodView;
  respondBy!: string;
  overdue!: number;
  dueSoon!: number;
}

export class PlacementListView {
  items!: PlacementSummaryView[];
}

export class ReportView {
  delivered!: string | null;
  trainersTrained!: number;
  recommendations!: string | null;
  at!: string;
}

export class AppraisalView {
  rating!: number;
  comments!: string | null;
  at!: string;
}

export class CancellationView {
  reason!: string;
  note!: string | null;
  stage!: string;
  at!: string;
}

export class PlacementView extends PlacementSummaryView {
  applicationId!: string;
  email!: string | null;
  arrivedOn?: string;
  tasks!: TaskView[];
  report?: ReportView;
  appraisal?: AppraisalView;
  cancellation?: CancellationView;
  trail!: TrailEntryView[];
}

/** What the professional's offer page shows. */
export class OfferView {
  status!: PlacementStatus;
  torTitle!: string | null;
  /** The host institution's name. */
  institution!: string;
  period!: PeriodView;
  respondBy!: string;
}

export class AttachmentStoredView {
  attachmentId!: string;
}

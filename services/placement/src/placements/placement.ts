import type { PlacementStage } from '@ikiraro/contracts';
import type { AuditEntry } from '@ikiraro/auth';

/** Aggregate name and projection of placements. */
export const PLACEMENT = 'placement';

export type PlacementStatus =
  'offered' | 'accepted' | 'arrived' | 'completed' | 'declined' | 'expired' | 'cancelled';

export type TaskStatus = 'open' | 'done' | 'not-needed';

/** One logistics task, from the programme definition's checklist (or its cancellation list). */
export interface Task {
  key: string;
  title: string;
  ownerRole: string;
  dueOn: string;
  status: TaskStatus;
  notes: string;
  /** Set for a task of the cancellation list: it undoes what logistics had done. */
  compensates?: boolean;
  /** For a task that records a payment (the per diem). */
  payment?: { amount: number; currency: string; paid: boolean };
  /** For a task that names a person (the host focal point). */
  person?: string;
  attachments: { id: string; name: string; bytes: number; at: string }[];
  updatedAt?: string;
}

/** A professional's placement at a host IPRC, from the offer to the end of the mission. */
export interface Placement {
  status: PlacementStatus;
  applicationId: string;
  torId: string;
  memberId: string;
  iprc: string;
  period: { start: string; end: string };
  respondBy: string;
  /** A keyed hash of the professional's address: how a trainer's account finds its placement. */
  emailKey: string | null;
  /** The passport they travel on (ISO 3166-1 alpha-2), given on acceptance. */
  passport?: string;
  tasks: Task[];
  arrivedOn?: string;
  report?: { delivered: string; trainersTrained: number; recommendations: string; at: string };
  appraisal?: { rating: number; comments: string; at: string };
  cancellation?: { reason: string; note: string; stage: PlacementStage; at: string };
  trail: AuditEntry[];
  createdAt: string;
}

/** Sealed with the member's key in every version and the projection (ADR 10). */
export const placementFields = [
  'passport',
  'tasks[].notes',
  'tasks[].person',
  'report.delivered',
  'report.recommendations',
  'appraisal.comments',
  'cancellation.note',
] as const;

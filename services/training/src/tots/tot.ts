import type { AuditEntry } from '@ikiraro/auth';

/** Aggregate name and projection of Trainings of Trainers. */
export const TOT = 'tot';

export type TotStatus = 'planning' | 'closed' | 'cancelled';
export type SessionStatus = 'planned' | 'held' | 'cancelled';

/** One session of a ToT: a day, a time, a room, a topic. */
export interface Session {
  id: string;
  date: string;
  /** `HH:MM`, local time at the IPRC. */
  start: string;
  end: string;
  room: string;
  topic: string;
  status: SessionStatus;
}

/** The Training of Trainers a professional gives at their host IPRC: one per accepted placement, same id. */
export interface Tot {
  status: TotStatus;
  torId: string;
  memberId: string;
  iprc: string;
  period: { start: string; end: string };
  /** A keyed hash of the professional's address: how their trainer account finds the ToT. */
  trainerKey: string | null;
  /** Sealed with the professional's key. */
  trainerName: string | null;
  title: string;
  outline: string;
  capacity: number;
  sessions: Session[];
  trail: AuditEntry[];
  createdAt: string;
}

export const totFields = ['trainerName'] as const;

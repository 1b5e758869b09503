import type { TraineeRole } from '@ikiraro/contracts';

/** Aggregate name and projection of trainees: one aggregate each, so each is sealed with their own key. */
export const TRAINEE = 'trainee';

/** A TVET teacher or student of the IPRC enrolled in a ToT. No account: a personal code of their own. */
export interface Trainee {
  totId: string;
  iprc: string;
  name: string;
  /** A code of the programme's genders. */
  sex: string;
  role: TraineeRole;
  department: string;
  email: string | null;
  phone: string | null;
  /** A keyed hash of their personal code, to find them by it. */
  codeKey: string;
  /** Set once erased: the figures keep the sex and role, nothing else. */
  erased?: boolean;
  enrolledAt: string;
  enrolledBy: string;
}

/** Sealed with the trainee's key in every version and the projection (ADR 10). */
export const traineeFields = ['name', 'email', 'phone'] as const;

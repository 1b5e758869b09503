import type { LearningGain } from '@ikiraro/contracts';

/** Training of one host IPRC: an aggregate, so that each event counts exactly once (by causation). */
export interface TrainingFigures {
  totsOpened: number;
  totsCancelled: number;
  /** Sessions whose register was closed, and the trainees present or late at them, by sex. */
  sessionsHeld: number;
  attendancesBySex: Record<string, number>;
  /** Training certificates issued and not revoked: trainers trained, in all and by sex. */
  trainersTrained: number;
  trainersTrainedBySex: Record<string, number>;
  /** Professionals' certificates of service issued and not revoked. */
  certificatesOfService: number;
  /** Sessions the trained teachers gave their own students, and the students they reached, by sex. */
  cascadeSessions: number;
  studentsReachedBySex: Record<string, number>;
  /** Each closed ToT's cohort (`_id` of the ToT → its mean scores and normalised gain). */
  learningGainByTot: Record<string, LearningGain>;
  /** The mean of the ToTs' normalised gains (each ToT once, those with a gain); null before any. */
  meanGain: number | null;
}

export const TRAINING_FIGURES = 'training-figures';

export const noTrainingFigures = (): TrainingFigures => ({
  totsOpened: 0,
  totsCancelled: 0,
  sessionsHeld: 0,
  attendancesBySex: {},
  trainersTrained: 0,
  trainersTrainedBySex: {},
  certificatesOfService: 0,
  cascadeSessions: 0,
  studentsReachedBySex: {},
  learningGainByTot: {},
  meanGain: null,
});

/**
 * What reporting keeps of each certificate (`_id`: its id), no name or address: its holder's sex and IPRC, so
 * that a revocation (which carries neither) lowers the right count; and the revocation that came, even before
 * the issue did (two topics: either may be handled first).
 */
export interface CertificateCopy {
  _id: string;
  kind?: 'training' | 'service';
  sex?: string;
  iprc?: string;
  /** The id of the event that revoked it, and whether that took it back from a count (it had been counted). */
  revokedBy?: string;
  takenBack?: boolean;
}

export const TRAINING_CERTIFICATES = 'training_certificates';

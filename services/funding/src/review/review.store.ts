import type { PersonalState } from '@ikiraro/messaging';
import { ALLOCATION, CONFLICT, SCORE, SCREENING, conflictPersonal, scorePersonal } from './review.ts';

/**
 * The review feature's aggregates kept as projections (aggregate → collection), and their personal fields: a
 * member's name, comment and conflict reason, sealed for their account. Screenings and allocations name
 * accounts by id only.
 */
export const projections: Record<string, string> = {
  [SCREENING]: 'screenings',
  [SCORE]: 'scores',
  [CONFLICT]: 'conflicts',
  [ALLOCATION]: 'allocations',
};
export const personal: Record<string, PersonalState> = {
  [SCORE]: scorePersonal,
  [CONFLICT]: conflictPersonal,
};

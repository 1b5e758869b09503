import type { PersonalState } from '@ikiraro/messaging';
import { AWARD } from './award.ts';
import { MENTOR, mentorPersonal } from './mentor.ts';

/**
 * The awards feature's aggregates kept as projections (aggregate → collection), and their personal fields:
 * none on an award (the team is named by person ids, its mentor by member id); a mentor's name, address and
 * subjects, sealed for the member.
 */
export const projections: Record<string, string> = { [AWARD]: 'awards', [MENTOR]: 'mentors' };
export const personal: Record<string, PersonalState> = { [MENTOR]: mentorPersonal };

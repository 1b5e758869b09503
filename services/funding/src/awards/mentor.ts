import { memberPerson } from '@ikiraro/contracts';
import type { PersonalState } from '@ikiraro/messaging';

/**
 * A member who consented to mentor a pilot (aggregate `mentor`, projection `mentors`; id = the member's), from
 * outreach's `member.contact-updated`: a withdrawn consent (or an erasure) leaves it with `consented: false` and
 * nothing of them.
 */
export const MENTOR = 'mentor';
export interface Mentor {
  consented: boolean;
  name: string | null;
  email: string | null;
  /** The subjects they could teach, in their own words. */
  subjects: string[] | null;
  /** When outreach last told us (ISO 8601). */
  at: string;
}

export const mentorPersonal: PersonalState<Mentor> = {
  person: (_state, id) => memberPerson(id),
  fields: ['name', 'email', 'subjects'],
};

import type { SexCount } from '@ikiraro/contracts';
import { traineePerson } from '@ikiraro/contracts';
import type { PersonalState } from '@ikiraro/messaging';

/** Aggregate name of cascade sessions, one each (its id is CascadeRecorded's subject), and their projection. */
export const CASCADE = 'cascade';
export const CASCADE_SESSIONS = 'cascade_sessions';

/** A student of a roster: the name is sealed with the teacher's key (they gave it), the sex is counted. */
export interface RosterEntry {
  name: string | null;
  sex: string;
}

/** A session a trained teacher gave to their own students: the cascade of the ToT. */
export interface CascadeSession {
  totId: string;
  iprc: string;
  /** The trained teacher who gave it. */
  traineeId: string;
  date: string;
  subject: string;
  /** By sex, in the order of the programme's genders; from the roster when one was given. */
  students: SexCount[];
  roster: RosterEntry[] | null;
  recordedAt: string;
  /** Staff who recorded it for the teacher; null when the teacher did, with their code. */
  recordedBy: { id: string; name: string } | null;
}

/**
 * The `personal` entry of the cascade aggregate (app.module.ts): the roster's names, sealed with the teacher's
 * key, so that erasing the teacher erases the names they gave too.
 */
export const cascadePersonal: PersonalState<CascadeSession> = {
  person: (state) => traineePerson(state.traineeId),
  fields: ['roster[].name'],
};

import { memberPerson, traineePerson } from '@ikiraro/contracts';
import type { PersonalState } from '@ikiraro/messaging';

/**
 * A Training of Trainers as funding knows it (aggregate `cohort`, projection `cohorts`; id = the ToT's): its
 * IPRC, professional, and the people of its team by id and sex (no names: those are in each `cohort-member`).
 * It is finished, and its team may be invited, once its trainer is known and a trainee is certified.
 */
export const COHORT = 'cohort';
export interface Cohort {
  iprc: string;
  /** The professional (outreach's member id) who gave it. */
  memberId: string;
  /** Their placement was accepted (`placement.accepted`): the trainer is known. */
  trainer: boolean;
  /** Trainees with a training certificate, in the order certified. */
  trainees: { personId: string; sex: string }[];
  /** When the first trainee was certified (ISO 8601). */
  certifiedAt?: string;
}

export const isFinished = (cohort: Cohort) => cohort.trainer && cohort.trainees.length > 0;

/**
 * One person of a cohort (aggregate `cohort-member`, projection `cohort_members`; id `<totId>:<personId>`): a
 * certified trainee or the trainer, their name and address sealed for them.
 */
export const COHORT_MEMBER = 'cohort-member';
export interface CohortMember {
  totId: string;
  iprc: string;
  role: 'trainee' | 'trainer';
  /** The trainee's id, or the trainer's member id. */
  personId: string;
  name: string | null;
  email?: string | null;
  sex?: string;
}

export const cohortMemberIdOf = (totId: string, personId: string) => `${totId}:${personId}`;

/** The key store's name for an invitee or a cohort's person: a trainee, or the trainer as member. */
export const personOf = (state: { role: 'trainee' | 'trainer'; personId: string }) =>
  state.role === 'trainer' ? memberPerson(state.personId) : traineePerson(state.personId);

export const cohortMemberPersonal: PersonalState = {
  person: (state) => personOf(state as CohortMember),
  fields: ['name', 'email'],
};

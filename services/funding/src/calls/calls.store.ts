import type { PersonalState } from '@ikiraro/messaging';
import { CALL } from './call.ts';
import { COHORT, COHORT_MEMBER, cohortMemberPersonal } from './cohort.ts';
import { INVITATION, invitationPersonal } from './invitation.ts';

/** The calls feature's aggregates kept as projections (aggregate → collection), and their personal fields. */
export const projections: Record<string, string> = {
  [CALL]: 'calls',
  [INVITATION]: 'invitations',
  [COHORT]: 'cohorts',
  [COHORT_MEMBER]: 'cohort_members',
};

/** Names and addresses, sealed for each person: a cohort's people and their invitations. */
export const personal: Record<string, PersonalState> = {
  [INVITATION]: invitationPersonal,
  [COHORT_MEMBER]: cohortMemberPersonal,
};

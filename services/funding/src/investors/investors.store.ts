import { investorPerson } from '@ikiraro/contracts';
import type { PersonalState } from '@ikiraro/messaging';
import { INTEREST, INVESTOR, MATCH, PLEDGE } from './investor.ts';

/** The investors feature's aggregates kept as projections (aggregate → collection), and their personal fields. */
export const projections: Record<string, string> = {
  [INVESTOR]: 'investors',
  [MATCH]: 'matches',
  [INTEREST]: 'interests',
  [PLEDGE]: 'pledges',
};

/** The contact person's name and address, sealed for the investor: erasing them leaves the organisation. */
export const personal: Record<string, PersonalState> = {
  [INVESTOR]: { person: (_state, id) => investorPerson(id), fields: ['name', 'email'] },
};

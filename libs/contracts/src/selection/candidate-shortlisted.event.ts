import { defineEvent } from '../event-contract.ts';
import { ApplicationRef } from './application-ref.ts';

/** A candidate is an application that got this far. */
export class CandidateShortlistedV1 extends ApplicationRef {}

export const CandidateShortlisted = defineEvent({
  type: 'selection.candidate.shortlisted',
  version: 1,
  payload: CandidateShortlistedV1,
  description: 'A scored application made the shortlist and its applicant will be interviewed.',
});

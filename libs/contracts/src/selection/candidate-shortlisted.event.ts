import { IsString, Length } from 'class-validator';
import { defineEvent } from '../event-contract.ts';

export class CandidateShortlistedV1 {
  /** The application's id (also the event's subject): a candidate is an application that got this far. */
  @IsString()
  @Length(1, 64)
  applicationId!: string;

  /** The Terms of Reference applied to. */
  @IsString()
  @Length(1, 64)
  torId!: string;

  /** The candidate (outreach's member id). */
  @IsString()
  @Length(1, 64)
  memberId!: string;
}

export const CandidateShortlisted = defineEvent({
  type: 'selection.candidate.shortlisted',
  version: 1,
  payload: CandidateShortlistedV1,
  description: 'A scored application made the shortlist and its applicant will be interviewed.',
});

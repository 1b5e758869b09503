import { Type } from 'class-transformer';
import { IsString, Length, ValidateNested } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { type IprcCode, Period } from './tor-terms.ts';

export class CandidateSelectedV1 {
  /** The application's id (also the event's subject). */
  @IsString()
  @Length(1, 64)
  applicationId!: string;

  /** The Terms of Reference the candidate was selected for. */
  @IsString()
  @Length(1, 64)
  torId!: string;

  /** The selected expert (outreach's member id). */
  @IsString()
  @Length(1, 64)
  memberId!: string;

  /** The host IPRC, so that placement can start without asking selection. */
  @IsProgrammeCode('institutions')
  iprc!: IprcCode;

  /** The agreed placement period. */
  @ValidateNested()
  @Type(() => Period)
  period!: Period;
}

export const CandidateSelected = defineEvent({
  type: 'selection.candidate.selected',
  version: 1,
  payload: CandidateSelectedV1,
  description: 'The panel selected a candidate for a ToR; placement at the host IPRC can begin.',
});

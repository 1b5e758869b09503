import { IsProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsNestedOf } from '../field-rules.ts';
import { ApplicationRef } from './application-ref.ts';
import { type IprcCode, Period } from './tor-terms.ts';

export class CandidateSelectedV1 extends ApplicationRef {
  /** The host IPRC, so that placement can start without asking selection. */
  @IsProgrammeCode('institutions')
  iprc!: IprcCode;

  /** The agreed placement period. */
  @IsNestedOf(() => Period)
  period!: Period;
}

export const CandidateSelected = defineEvent({
  type: 'selection.candidate.selected',
  version: 1,
  payload: CandidateSelectedV1,
  description: 'The panel selected a candidate for a ToR; placement at the host IPRC can begin.',
});

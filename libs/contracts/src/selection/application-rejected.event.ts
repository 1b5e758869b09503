import { IsIn, IsString, Length } from 'class-validator';
import { defineEvent } from '../event-contract.ts';

/** Where in the selection an application can end. */
export const SELECTION_STAGES = ['screening', 'scoring', 'interview', 'selection'] as const;

export class ApplicationRejectedV1 {
  /** The application's id (also the event's subject). */
  @IsString()
  @Length(1, 64)
  applicationId!: string;

  /** The Terms of Reference applied to. */
  @IsString()
  @Length(1, 64)
  torId!: string;

  /** The applicant (outreach's member id), so that notifications can tell them. */
  @IsString()
  @Length(1, 64)
  memberId!: string;

  /** The stage at which the application ended. */
  @IsIn(SELECTION_STAGES)
  stage!: (typeof SELECTION_STAGES)[number];
}

export const ApplicationRejected = defineEvent({
  type: 'selection.application.rejected',
  version: 1,
  payload: ApplicationRejectedV1,
  description:
    'An application will not lead to a selection; its reasons stay in the audit trail of selection.',
});

import { IsIn } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { ApplicationRef } from './application-ref.ts';

/** Where in the selection an application can end. */
export const SELECTION_STAGES = ['screening', 'scoring', 'interview', 'selection'] as const;

export class ApplicationRejectedV1 extends ApplicationRef {
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

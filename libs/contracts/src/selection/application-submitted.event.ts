import { defineEvent } from '../event-contract.ts';
import { ApplicationRef } from './application-ref.ts';

export class ApplicationSubmittedV1 extends ApplicationRef {}

export const ApplicationSubmitted = defineEvent({
  type: 'selection.application.submitted',
  version: 1,
  payload: ApplicationSubmittedV1,
  description: 'A registered member applied to published Terms of Reference.',
});

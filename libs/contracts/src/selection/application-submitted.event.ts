import { IsString, Length } from 'class-validator';
import { defineEvent } from '../event-contract.ts';

export class ApplicationSubmittedV1 {
  /** The application's id (also the event's subject). */
  @IsString()
  @Length(1, 64)
  applicationId!: string;

  /** The Terms of Reference applied to. */
  @IsString()
  @Length(1, 64)
  torId!: string;

  /** The applying member (outreach's member id). */
  @IsString()
  @Length(1, 64)
  memberId!: string;
}

export const ApplicationSubmitted = defineEvent({
  type: 'selection.application.submitted',
  version: 1,
  payload: ApplicationSubmittedV1,
  description: 'A registered member applied to published Terms of Reference.',
});

import { IsId } from '../field-rules.ts';

/** The application an event is about, with the ToR and the member it joins: what every consumer keys on. */
export class ApplicationRef {
  /** The application's id (also the event's subject). */
  @IsId()
  applicationId!: string;

  /** The Terms of Reference applied to. */
  @IsId()
  torId!: string;

  /** The applicant (outreach's member id), so that notifications can tell them. */
  @IsId()
  memberId!: string;
}

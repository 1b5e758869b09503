import { ArrayMaxSize, IsArray, IsBoolean, Matches } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId } from '../field-rules.ts';

export class ApplicationScreenedV1 {
  /** The application's id (also the event's subject). */
  @IsId()
  applicationId!: string;

  /** Whether the application passed every eligibility rule and goes on to scoring. */
  @IsBoolean()
  eligible!: boolean;

  /** Codes of the eligibility rules it failed (e.g. `min-experience`); empty when eligible. */
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[a-z][a-z0-9-]{0,63}$/, { each: true })
  failedRules!: string[];
}

export const ApplicationScreened = defineEvent({
  type: 'selection.application.screened',
  version: 1,
  payload: ApplicationScreenedV1,
  description: "An application was checked against the ToR's eligibility rules.",
});

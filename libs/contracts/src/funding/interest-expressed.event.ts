import { defineEvent } from '../event-contract.ts';
import { IsId, IsText } from '../field-rules.ts';

export class InterestExpressedV1 {
  @IsId()
  investorId!: string;

  /** The proposal (also the event's subject). */
  @IsId()
  proposalId!: string;

  @IsId()
  callId!: string;

  /** The version of the confidentiality terms they accepted to see the full proposal. */
  @IsText(20)
  termsVersion!: string;
}

export const InterestExpressed = defineEvent({
  type: 'funding.interest.expressed',
  version: 1,
  payload: InterestExpressedV1,
  description:
    'An investor expressed interest in a proposal and accepted the confidentiality terms: they see it in full.',
});

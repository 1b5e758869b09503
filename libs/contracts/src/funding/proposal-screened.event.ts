import { IsBoolean } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsTexts } from '../field-rules.ts';
import { ProposalRef } from './proposal-ref.ts';

export class ProposalScreenedV1 extends ProposalRef {
  /** Whether it passed the qualifying round (eligibility). */
  @IsBoolean()
  qualified!: boolean;

  /** Why, one line per eligibility rule that failed (or the reviewer's words): mailed to the team. */
  @IsTexts(20, 500)
  reasons!: string[];
}

export const ProposalScreened = defineEvent({
  type: 'funding.proposal.screened',
  version: 1,
  payload: ProposalScreenedV1,
  description:
    'A submitted proposal passed the qualifying round or not, with the reasons: notifications tells the team.',
});

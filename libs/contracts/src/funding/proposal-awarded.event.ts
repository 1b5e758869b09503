import { IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsNestedOf } from '../field-rules.ts';
import { Money } from './proposal-ref.ts';
import { ProposalTeaser } from './proposal-shortlisted.event.ts';

export class ProposalAwardedV1 extends ProposalTeaser {
  /** What the fund gives, paid in tranches tied to milestones (the award's id is the proposal's). */
  @IsNestedOf(() => Money)
  awarded!: Money;

  @IsInt()
  @Min(1)
  @Max(100_000)
  rank!: number;

  /** How many tranches it is paid in. */
  @IsInt()
  @Min(1)
  @Max(50)
  tranches!: number;
}

export const ProposalAwarded = defineEvent({
  type: 'funding.proposal.awarded',
  version: 1,
  payload: ProposalAwardedV1,
  description:
    'The committee approved an award to a proposal: the team is told, matching investors hear of it, tranches follow.',
});

import { IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsListOf, IsNestedOf } from '../field-rules.ts';
import { SexCount } from '../training/tot-ref.ts';
import { Money, ProposalRef } from './proposal-ref.ts';

export class ProposalSubmittedV1 extends ProposalRef {
  /** The budget's total, asked of the fund. */
  @IsNestedOf(() => Money)
  requested!: Money;

  /** Jobs the team expects the pilot to create. */
  @IsInt()
  @Min(0)
  @Max(100_000)
  jobsExpected!: number;

  /** The team's trainees by sex (reporting counts proposals' teams without names). */
  @IsListOf(() => SexCount, 20)
  team!: SexCount[];
}

export const ProposalSubmitted = defineEvent({
  type: 'funding.proposal.submitted',
  version: 1,
  payload: ProposalSubmittedV1,
  description: 'A team submitted its pilot proposal to a call before the deadline, complete.',
});

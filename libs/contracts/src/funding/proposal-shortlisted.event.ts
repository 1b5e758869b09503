import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsNestedOf, IsText } from '../field-rules.ts';
import { Money, ProposalRef } from './proposal-ref.ts';

/** What an investor may see of a proposal before expressing interest: no names, no budget lines. */
export class ProposalTeaser extends ProposalRef {
  /** A short public summary written by the team. */
  @IsText(600)
  summary!: string;

  @IsNestedOf(() => Money)
  requested!: Money;

  @IsInt()
  @Min(0)
  @Max(100_000)
  jobsExpected!: number;
}

export class ProposalShortlistedV1 extends ProposalTeaser {
  /** Its place in the committee's ranking (1 is best). */
  @IsInt()
  @Min(1)
  @Max(100_000)
  rank!: number;

  /** The mean weighted rubric score, 0–100. */
  @IsNumber()
  @Min(0)
  @Max(100)
  score!: number;
}

export const ProposalShortlisted = defineEvent({
  type: 'funding.proposal.shortlisted',
  version: 1,
  payload: ProposalShortlistedV1,
  description:
    'The committee ranked a qualified proposal high enough to be considered for an award: matching investors hear of it.',
});

import { IsIn } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsTexts } from '../field-rules.ts';
import { MATCH_STAGES, type MatchStage } from './proposal-ref.ts';
import { ProposalTeaser } from './proposal-shortlisted.event.ts';

export class InvestorMatchedV1 extends ProposalTeaser {
  /** `<proposalId>:<stage>:<investorId>`: one match per proposal, stage and investor (also the subject). */
  @IsId({ message: 'matchId is at most 64 characters' })
  matchId!: string;

  @IsId()
  investorId!: string;

  @IsIn(MATCH_STAGES)
  stage!: MatchStage;

  /** Why it matches, one line per interest met: shown to the investor and to staff. */
  @IsTexts(10, 300)
  reasons!: string[];
}

export const InvestorMatched = defineEvent({
  type: 'funding.investor.matched',
  version: 1,
  payload: InvestorMatchedV1,
  description:
    "A shortlisted or awarded proposal meets an investor's interests: notifications tells them once, with a teaser.",
});

import { IsIn, IsOptional } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsNestedOf, IsText } from '../field-rules.ts';
import { INSTRUMENTS, type Instrument, Money } from './proposal-ref.ts';

export class PledgeMadeV1 {
  /** The pledge's id (also the event's subject). */
  @IsId()
  pledgeId!: string;

  @IsId()
  investorId!: string;

  @IsId()
  proposalId!: string;

  @IsId()
  callId!: string;

  @IsNestedOf(() => Money)
  pledged!: Money;

  @IsIn(INSTRUMENTS)
  instrument!: Instrument;

  /** The investor's conditions, in their words. */
  @IsOptional()
  @IsText(2_000)
  conditions?: string;
}

export const PledgeMade = defineEvent({
  type: 'funding.pledge.made',
  version: 1,
  payload: PledgeMadeV1,
  description: "An investor pledged to a proposal: shown beside the IOM fund on the call's dashboard.",
});

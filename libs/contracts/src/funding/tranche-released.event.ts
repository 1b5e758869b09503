import { IsISO8601 } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsNestedOf, IsText } from '../field-rules.ts';
import { Money } from './proposal-ref.ts';
import { MilestoneRef } from './award-ref.ts';

export class TrancheReleasedV1 extends MilestoneRef {
  /** The tranche's id (also the event's subject). */
  @IsId()
  trancheId!: string;

  /** What was paid. */
  @IsNestedOf(() => Money)
  paid!: Money;

  /** The payment's date (YYYY-MM-DD). */
  @IsISO8601({ strict: true })
  paidOn!: string;

  /** The bank or ledger reference. */
  @IsText(100)
  reference!: string;

  /** Paid on the award so far, this tranche included. */
  @IsNestedOf(() => Money)
  disbursed!: Money;
}

export const TrancheReleased = defineEvent({
  type: 'funding.tranche.released',
  version: 1,
  payload: TrancheReleasedV1,
  description: "An award's tranche was paid, its milestone approved: the payment as recorded.",
});

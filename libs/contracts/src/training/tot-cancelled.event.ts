import { IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { TotRef } from './tot-ref.ts';

export class TotCancelledV1 extends TotRef {
  /** Sessions that were planned and will not be held. */
  @IsInt()
  @Min(0)
  @Max(1_000)
  sessionsCancelled!: number;
}

export const TotCancelled = defineEvent({
  type: 'training.tot.cancelled',
  version: 1,
  payload: TotCancelledV1,
  description: 'The placement was cancelled: its ToT and every session not yet held are cancelled.',
});

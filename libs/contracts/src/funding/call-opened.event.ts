import { IsISO8601, IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsNestedOf, IsText, IsTexts } from '../field-rules.ts';
import { Money } from './proposal-ref.ts';

export class CallOpenedV1 {
  /** The call's id (also the event's subject). */
  @IsId()
  callId!: string;

  @IsText(200)
  title!: string;

  /** Submissions are refused after it (ISO 8601). */
  @IsISO8601({ strict: true })
  deadline!: string;

  /** The whole fund of the call. */
  @IsNestedOf(() => Money)
  fund!: Money;

  /** The most one proposal may ask for, in the fund's currency. */
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  ceiling!: number;

  /** How many awards the call makes at most. */
  @IsInt()
  @Min(1)
  @Max(1_000)
  awards!: number;

  /** The finished ToTs whose trainees and trainer are invited. */
  @IsTexts(1_000, 64)
  totIds!: string[];
}

export const CallOpened = defineEvent({
  type: 'funding.call.opened',
  version: 1,
  payload: CallOpenedV1,
  description:
    'A programme manager opened a call for pilot proposals: the trainees of finished ToTs and their trainers are invited.',
});

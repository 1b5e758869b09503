import { IsIn } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId } from '../field-rules.ts';

export const TOR_CLOSING_REASONS = ['deadline-passed', 'filled', 'withdrawn'] as const;

export class TorClosedV1 {
  /** The Terms of Reference's id (also the event's subject). */
  @IsId()
  torId!: string;

  /** Why applications stopped: the deadline passed, every expert was selected, or the ToR was withdrawn. */
  @IsIn(TOR_CLOSING_REASONS)
  reason!: (typeof TOR_CLOSING_REASONS)[number];
}

export const TorClosed = defineEvent({
  type: 'selection.tor.closed',
  version: 1,
  payload: TorClosedV1,
  description: 'Terms of Reference stopped taking applications.',
});

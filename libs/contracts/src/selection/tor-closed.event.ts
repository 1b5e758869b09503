import { IsIn, IsString, Length } from 'class-validator';
import { defineEvent } from '../event-contract.ts';

export const TOR_CLOSING_REASONS = ['deadline-passed', 'filled', 'withdrawn'] as const;

export class TorClosedV1 {
  /** The Terms of Reference's id (also the event's subject). */
  @IsString()
  @Length(1, 64)
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

import { IsIn, IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId } from '../field-rules.ts';

export class CallClosedV1 {
  /** The call's id (also the event's subject). */
  @IsId()
  callId!: string;

  /** Its deadline passed, or a programme manager closed it early. */
  @IsIn(['deadline', 'closed'])
  reason!: 'deadline' | 'closed';

  /** Proposals submitted by then. */
  @IsInt()
  @Min(0)
  @Max(100_000)
  proposals!: number;
}

export const CallClosed = defineEvent({
  type: 'funding.call.closed',
  version: 1,
  payload: CallClosedV1,
  description: 'A call for pilot proposals takes no more submissions: review begins.',
});

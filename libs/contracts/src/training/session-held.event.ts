import { IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsCalendarDate } from '../calendar-date.ts';
import { IsId, IsListOf } from '../field-rules.ts';
import { SexCount, TotRef } from './tot-ref.ts';

export class SessionHeldV1 extends TotRef {
  @IsId()
  sessionId!: string;

  @IsCalendarDate()
  date!: string;

  /** Trainees enrolled when the register was closed. */
  @IsInt()
  @Min(0)
  @Max(10_000)
  enrolled!: number;

  /** Trainees present or late, by sex. */
  @IsListOf(() => SexCount, 10)
  attended!: SexCount[];
}

export const SessionHeld = defineEvent({
  type: 'training.session.held',
  version: 1,
  payload: SessionHeldV1,
  description:
    "A session's register was closed: who attended, counted by sex (the register itself stays in training).",
});

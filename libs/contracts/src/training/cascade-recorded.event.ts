import { defineEvent } from '../event-contract.ts';
import { IsCalendarDate } from '../calendar-date.ts';
import { IsId, IsListOf, IsText } from '../field-rules.ts';
import { SexCount, TotRef } from './tot-ref.ts';

export class CascadeRecordedV1 extends TotRef {
  /** The cascade session's id (also the event's subject). */
  @IsId()
  cascadeId!: string;

  /** The trained teacher who gave it. */
  @IsId()
  traineeId!: string;

  @IsCalendarDate()
  date!: string;

  /** What was taught. */
  @IsText(200)
  subject!: string;

  /** Their students, by sex. */
  @IsListOf(() => SexCount, 10)
  students!: SexCount[];
}

export const CascadeRecorded = defineEvent({
  type: 'training.cascade.recorded',
  version: 1,
  payload: CascadeRecordedV1,
  description:
    'A trained teacher recorded a session they gave to their own students: the cascade reaches further.',
});

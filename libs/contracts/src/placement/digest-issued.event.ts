import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { IsCalendarDate } from '../calendar-date.ts';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsListOf, IsText } from '../field-rules.ts';
import type { IprcCode } from '../selection/tor-terms.ts';

/** One logistics task that is due soon or overdue. */
export class DueTask {
  @IsId()
  placementId!: string;

  @IsId()
  torId!: string;

  @IsProgrammeCode('institutions')
  iprc!: IprcCode;

  /** The task's key in the programme's checklist, e.g. `travel-booked`. */
  @Matches(/^[a-z0-9][a-z0-9-]*$/)
  task!: string;

  @IsText(200)
  title!: string;

  @IsCalendarDate()
  dueOn!: string;

  /** Past its due day (otherwise due within the next days). */
  @IsBoolean()
  overdue!: boolean;
}

export class DigestIssuedV1 {
  /** `<day>:<role>[:<iprc>]`, also the event's subject: one digest per owner, per day. */
  @IsId()
  digestId!: string;

  @IsCalendarDate()
  day!: string;

  /** The staff role that owns the tasks. */
  @Matches(/^[a-z][a-z-]*$/)
  ownerRole!: string;

  /** For tasks of an IPRC's focal points: that IPRC. */
  @IsOptional()
  @IsProgrammeCode('institutions')
  iprc?: IprcCode;

  @IsListOf(() => DueTask, 500)
  tasks!: DueTask[];
}

export const DigestIssued = defineEvent({
  type: 'placement.digest.issued',
  version: 1,
  payload: DigestIssuedV1,
  description:
    "The day's due-soon and overdue logistics tasks of one owner (a role, and for focal points an IPRC): " +
    'notifications mails it as one digest to the accounts that hold the role.',
});

import type { ProgrammeCode } from '@ikiraro/programme';
import { IsCalendarDate, IsNotBefore } from '../calendar-date.ts';

/** A host institution's code (`KGL`…): the programme definition's `host.institutions`. */
export type IprcCode = ProgrammeCode;

/** A placement period at a host IPRC, both days included. */
export class Period {
  /** First day at the host IPRC, `YYYY-MM-DD`. */
  @IsCalendarDate()
  start!: string;

  /** Last day at the host IPRC, `YYYY-MM-DD`, not before `start`. */
  @IsCalendarDate()
  @IsNotBefore('start')
  end!: string;
}

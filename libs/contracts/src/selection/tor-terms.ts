import { IsCalendarDate, IsNotBefore } from '../calendar-date.ts';

/** The eight IPRCs that host experts (reference-data.md): our short codes, not the institutions' names. */
export const IPRC_CODES = ['KGL', 'HYE', 'MSZ', 'TMB', 'NGM', 'KRG', 'KTB', 'GSH'] as const;
export type IprcCode = (typeof IPRC_CODES)[number];

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

import { IsInt, Max, Min } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { type IprcCode, Period } from './tor-terms.ts';
import { IsId, IsText, IsNestedOf } from '../field-rules.ts';

export class TorPublishedV1 {
  /** The Terms of Reference's id (also the event's subject). */
  @IsId()
  torId!: string;

  /** The host IPRC. */
  @IsProgrammeCode('institutions')
  iprc!: IprcCode;

  /** The priority TVET subject, e.g. `Renewable energy`. */
  @IsText(200)
  subject!: string;

  /** The ToR's public title. */
  @IsText(200)
  title!: string;

  /** How many experts the ToR asks for. */
  @IsInt()
  @Min(1)
  experts!: number;

  /** When the experts are expected at the IPRC: the window within which each placement falls. */
  @IsNestedOf(() => Period)
  period!: Period;

  /** How long one expert stays, in months. */
  @IsInt()
  @Min(1)
  @Max(6)
  durationMonths!: number;
}

export const TorPublished = defineEvent({
  type: 'selection.tor.published',
  version: 1,
  payload: TorPublishedV1,
  description: 'Terms of Reference were approved and opened: registered members may now apply to them.',
});

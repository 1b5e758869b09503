import { IsProgrammeCode } from '@ikiraro/programme';
import { IsId } from '../field-rules.ts';
import type { IprcCode } from '../selection/tor-terms.ts';

/** The award an event is about (an award has its proposal's id) and one of its milestones. */
export class MilestoneRef {
  @IsId()
  awardId!: string;

  @IsId()
  callId!: string;

  @IsProgrammeCode('institutions')
  iprc!: IprcCode;

  @IsProgrammeCode('subjects')
  sector!: string;

  @IsId()
  milestoneId!: string;
}

import { IsString, Length } from 'class-validator';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';

export class CampaignLaunchedV1 {
  /** The campaign's id (also the event's subject). */
  @IsString()
  @Length(1, 64)
  campaignId!: string;

  /** The campaign's public name. */
  @IsString()
  @Length(1, 200)
  name!: string;

  /** The IOM office that runs the campaign. */
  @IsProgrammeCode('officesAbroad')
  office!: ProgrammeCode;
}

export const CampaignLaunched = defineEvent({
  type: 'outreach.campaign.launched',
  version: 1,
  payload: CampaignLaunchedV1,
  description: 'An outreach campaign went live and its links may now be shared.',
});

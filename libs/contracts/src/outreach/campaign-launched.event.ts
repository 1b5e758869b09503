import { IsIn, IsString, Length } from 'class-validator';
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
  @IsIn(['BE', 'DE'])
  office!: 'BE' | 'DE';
}

export const CampaignLaunched = defineEvent({
  type: 'outreach.campaign.launched',
  version: 1,
  payload: CampaignLaunchedV1,
  description: 'An outreach campaign went live and its links may now be shared.',
});

import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsText } from '../field-rules.ts';

export class CampaignLaunchedV1 {
  /** The campaign's id (also the event's subject). */
  @IsId()
  campaignId!: string;

  /** The campaign's public name. */
  @IsText(200)
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

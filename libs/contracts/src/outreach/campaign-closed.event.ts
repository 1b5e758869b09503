import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId } from '../field-rules.ts';

export class CampaignClosedV1 {
  /** The campaign's id (also the event's subject). */
  @IsId()
  campaignId!: string;

  /** The IOM office that ran the campaign. */
  @IsProgrammeCode('officesAbroad')
  office!: ProgrammeCode;
}

export const CampaignClosed = defineEvent({
  type: 'outreach.campaign.closed',
  version: 1,
  payload: CampaignClosedV1,
  description: 'An outreach campaign stopped taking registrations; its links now say so.',
});

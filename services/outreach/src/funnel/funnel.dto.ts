import { ApiProperty } from '@nestjs/swagger';
import { CAMPAIGN_CHANNELS } from '@ikiraro/contracts';
import { IsIn } from 'class-validator';
import type { CampaignChannel } from '../campaigns/campaign.ts';

export class FunnelStepDto {
  /** The channel whose link the visitor followed (the `channel` of the link's query string). */
  @ApiProperty({ enum: CAMPAIGN_CHANNELS })
  @IsIn(CAMPAIGN_CHANNELS)
  channel!: CampaignChannel;
}

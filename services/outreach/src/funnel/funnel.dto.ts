import { CAMPAIGN_CHANNELS } from '@ikiraro/contracts';
import { IsIn } from 'class-validator';
import type { CampaignChannel } from '../campaigns/campaign.ts';

export class FunnelStepDto {
  /** The channel whose link the visitor followed (the `channel` of the link's query string). */
  @IsIn(CAMPAIGN_CHANNELS)
  channel!: CampaignChannel;
}

/** Each member counts once per step. */
export class FunnelCountsDto {
  /** Link visits. */
  visits!: number;
  /** Registration forms started. */
  started!: number;
  /** Members who followed their verification link. */
  verified!: number;
  /** Members who applied to a ToR. */
  applied!: number;
}

export class FunnelRowDto extends FunnelCountsDto {
  channel!: string;
}

export class FunnelDto {
  /** The campaign's channels first, then any other a registration named. */
  channels!: FunnelRowDto[];
  total!: FunnelCountsDto;
}

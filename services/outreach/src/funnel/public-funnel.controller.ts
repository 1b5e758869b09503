import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ikiraro/service-defaults';
import { CampaignsService } from '../campaigns/campaigns.service.ts';
import type { FunnelStep } from './funnel-event.ts';
import { FunnelStepDto } from './funnel.dto.ts';
import { FunnelService } from './funnel.service.ts';

/**
 * The landing page reports a link visit and a form started. Counted only while the campaign is live: a closed
 * one answers 409 `campaign.closed` (its page says so and takes no registration), a draft or unknown slug 404.
 */
@ApiTags('public')
@Controller('public/campaigns/:slug')
export class PublicFunnelController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly funnel: FunnelService,
  ) {}

  /** Counts one visit through a channel's link. */
  @Post('visits')
  @HttpCode(204)
  async visit(@Param('slug') slug: string, @Body() dto: FunnelStepDto) {
    await this.count(slug, dto.channel, 'visits');
  }

  /** Counts one registration form started. */
  @Post('starts')
  @HttpCode(204)
  async start(@Param('slug') slug: string, @Body() dto: FunnelStepDto) {
    await this.count(slug, dto.channel, 'started');
  }

  private async count(slug: string, channel: FunnelStepDto['channel'], step: FunnelStep) {
    const { id, state } = await this.campaigns.bySlug(slug);
    if (state.status === 'closed')
      throw new DomainError('campaign.closed', 'conflict', 'The campaign is closed');
    if (!state.channels?.includes(channel))
      throw new DomainError('campaign.channel_unknown', 'invalid', `The campaign has no ${channel} channel`);
    await this.funnel.record({ campaignId: id, channel, step });
  }
}

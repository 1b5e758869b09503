import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { publicPageOf } from './campaign.rules.ts';
import type { PublicCampaignDto } from './campaign-view.dto.ts';
import { CampaignsService } from './campaigns.service.ts';

/** The landing page behind every shareable link; no account needed. */
@ApiTags('public')
@Controller('public/campaigns')
export class PublicCampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  /** A live or closed campaign (a closed one says so); a draft or an unknown slug is 404 `campaign.not_found`. */
  @Get(':slug')
  async page(@Param('slug') slug: string): Promise<PublicCampaignDto> {
    return publicPageOf((await this.campaigns.bySlug(slug)).state);
  }
}

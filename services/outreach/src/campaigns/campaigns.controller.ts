import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { assertOffice, type Caller, CurrentCaller } from '@ikiraro/auth';
import { CreateCampaignDto, ListCampaignsQuery, UpdateCampaignDto } from './campaign.dto.ts';
import type { CampaignDto, CampaignListDto } from './campaign-view.dto.ts';
import { CampaignsService } from './campaigns.service.ts';

/**
 * Staff manage campaigns: draft → live → closed. An outreach officer works on their own office's only; another
 * office's campaign is "not found" to them.
 */
@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  /** Creates a draft, with its slug; nothing is announced until it is launched. */
  @Post()
  async create(@Body() dto: CreateCampaignDto, @CurrentCaller() caller: Caller): Promise<CampaignDto> {
    assertOffice(caller, dto.office);
    return this.campaigns.view(await this.campaigns.create(dto));
  }

  /** Campaigns by status and office, newest first; a moment behind the latest changes. */
  @Get()
  async list(@Query() query: ListCampaignsQuery, @CurrentCaller() caller: Caller): Promise<CampaignListDto> {
    return { items: await this.campaigns.list(query, caller) };
  }

  /** One campaign, with the shareable link of each of its channels. */
  @Get(':id')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<CampaignDto> {
    return this.campaigns.view(await this.campaigns.get(id, caller));
  }

  /** Edits a draft (409 `campaign.not_draft` once launched). */
  @Patch(':id')
  async update(
    @Param('id') id: string,
    @Body() dto: UpdateCampaignDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CampaignDto> {
    return this.campaigns.view(await this.campaigns.update(id, dto, caller));
  }

  /** Draft → live, announced as `outreach.campaign.launched` in the same write. */
  @Post(':id/launch')
  @HttpCode(200)
  async launch(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<CampaignDto> {
    return this.campaigns.view(await this.campaigns.launch(id, caller));
  }

  /** Live → closed, announced as `outreach.campaign.closed` in the same write. */
  @Post(':id/close')
  @HttpCode(200)
  async close(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<CampaignDto> {
    return this.campaigns.view(await this.campaigns.close(id, caller));
  }
}

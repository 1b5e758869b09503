import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { assertOffice, type Caller, CurrentCaller } from '@ikiraro/auth';
import { CampaignLaunched } from '@ikiraro/contracts';
import { AggregateStore, event } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import { v7 as uuidv7 } from 'uuid';
import { CAMPAIGN, type Campaign } from './campaign.ts';
import { LaunchCampaignDto } from './launch-campaign.dto.ts';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  private readonly campaigns;

  constructor(store: AggregateStore) {
    this.campaigns = store.of<Campaign>(CAMPAIGN);
  }

  /**
   * Creates a live campaign and announces it (`outreach.campaign.launched`), in one atomic write. An outreach
   * officer launches for their own office only.
   */
  @Post()
  async launch(@Body() dto: LaunchCampaignDto, @CurrentCaller() caller: Caller) {
    assertOffice(caller, dto.office);
    const id = uuidv7();
    const campaign = await this.campaigns.create(id, { name: dto.name, office: dto.office, status: 'live' }, [
      event(CampaignLaunched, { campaignId: id, name: dto.name, office: dto.office }),
    ]);
    return { id, version: campaign.version, ...campaign.state };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const campaign = await this.campaigns.load(id);
    if (!campaign) throw new DomainError('campaign.not_found', 'not_found', `No campaign ${id}`);
    return { id, version: campaign.version, ...campaign.state };
  }
}

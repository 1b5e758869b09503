import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiTags } from '@nestjs/swagger';
import { CampaignLaunched } from '@ikiraro/contracts';
import { EventPublisher } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Model } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { Campaign } from './campaign.schema.ts';
import { LaunchCampaignDto } from './launch-campaign.dto.ts';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(
    @InjectModel(Campaign.name) private readonly campaigns: Model<Campaign>,
    private readonly events: EventPublisher,
  ) {}

  /** Creates a live campaign and announces it (`outreach.campaign.launched`). */
  @Post()
  async launch(@Body() dto: LaunchCampaignDto) {
    const campaign = await this.campaigns.create({ _id: uuidv7(), ...dto, status: 'live' });
    await this.events.publish(CampaignLaunched, campaign._id, {
      campaignId: campaign._id,
      name: dto.name,
      office: dto.office,
    });
    return campaign.toObject();
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const campaign = await this.campaigns.findById(id).lean();
    if (!campaign) throw new DomainError('campaign.not_found', 'not_found', `No campaign ${id}`);
    return campaign;
  }
}

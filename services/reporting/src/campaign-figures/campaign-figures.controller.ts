import { Controller, Get } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import { ApiTags } from '@nestjs/swagger';
import { CampaignLaunched, type CampaignLaunchedV1, type EventEnvelope } from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import type { Model } from 'mongoose';
import { LaunchedCampaign } from './launched-campaign.schema.ts';

const offices = ['BE', 'DE'] as const;

@ApiTags('figures')
@Controller('figures/campaigns')
export class CampaignFiguresController {
  constructor(@InjectModel(LaunchedCampaign.name) private readonly launched: Model<LaunchedCampaign>) {}

  /** Live campaigns per office. */
  @Get()
  async byOffice() {
    // One equality count per office: FerretDB pushes equality filters down; it has no $group accumulators to spare.
    const counts = await Promise.all(offices.map((office) => this.launched.countDocuments({ office })));
    return { launched: Object.fromEntries(offices.map((office, i) => [office, counts[i]])) };
  }

  @OnEvent(CampaignLaunched)
  async onLaunched(@Payload() event: EventEnvelope<CampaignLaunchedV1>) {
    await this.launched
      .updateOne(
        { _id: event.data.campaignId },
        { $setOnInsert: { office: event.data.office, launchedAt: new Date(event.occurredAt) } },
        { upsert: true },
      )
      .exec();
  }
}

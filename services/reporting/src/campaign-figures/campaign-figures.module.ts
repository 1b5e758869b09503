import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CampaignFiguresController } from './campaign-figures.controller.ts';
import { LaunchedCampaign, LaunchedCampaignSchema } from './launched-campaign.schema.ts';

@Module({
  imports: [MongooseModule.forFeature([{ name: LaunchedCampaign.name, schema: LaunchedCampaignSchema }])],
  controllers: [CampaignFiguresController],
})
export class CampaignFiguresModule {}

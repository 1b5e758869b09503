import { Module } from '@nestjs/common';
import { CampaignsController } from './campaigns.controller.ts';
import { CampaignsService } from './campaigns.service.ts';
import { PublicCampaignsController } from './public-campaigns.controller.ts';

@Module({
  controllers: [CampaignsController, PublicCampaignsController],
  providers: [CampaignsService],
  exports: [CampaignsService],
})
export class CampaignsModule {}

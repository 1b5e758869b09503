import { Module } from '@nestjs/common';
import { CampaignsController } from './campaigns.controller.ts';

@Module({ controllers: [CampaignsController] })
export class CampaignsModule {}

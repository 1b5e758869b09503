import { Module } from '@nestjs/common';
import { CampaignFiguresController } from './campaign-figures.controller.ts';

@Module({ controllers: [CampaignFiguresController] })
export class CampaignFiguresModule {}

import { Module } from '@nestjs/common';
import { CampaignFiguresConsumer } from './campaign-figures.consumer.ts';
import { CampaignFiguresController } from './campaign-figures.controller.ts';

@Module({ controllers: [CampaignFiguresController, CampaignFiguresConsumer] })
export class CampaignFiguresModule {}

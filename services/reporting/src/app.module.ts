import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { CampaignFiguresModule } from './campaign-figures/campaign-figures.module.ts';

@Module({
  imports: [ServiceDefaultsModule.forRoot({ service: 'reporting' }), CampaignFiguresModule],
})
export class AppModule {}

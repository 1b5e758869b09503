import { Module } from '@nestjs/common';
import { CampaignLaunched } from '@ikiraro/contracts';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { CampaignsModule } from './campaigns/campaigns.module.ts';

@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'outreach',
      publishes: [CampaignLaunched],
      projections: { campaign: 'campaigns' },
    }),
    CampaignsModule,
  ],
})
export class AppModule {}

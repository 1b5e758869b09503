import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { MemberFiguresModule } from './member-figures/member-figures.module.ts';
import { CampaignFiguresModule } from './campaign-figures/campaign-figures.module.ts';
import openApi from './openapi.metadata.ts';

@Module({
  imports: [
    ServiceDefaultsModule.forRoot({ service: 'reporting', openApi }),
    CampaignFiguresModule,
    MemberFiguresModule,
  ],
})
export class AppModule {}

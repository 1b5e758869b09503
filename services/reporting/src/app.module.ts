import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { MemberFiguresModule } from './member-figures/member-figures.module.ts';
import { CampaignFiguresModule } from './campaign-figures/campaign-figures.module.ts';
import { LogframeModule } from './logframe/logframe.module.ts';
import { ReportsModule } from './reports/reports.module.ts';
import { FundingFiguresModule } from './funding-figures/funding-figures.module.ts';
import { PlacementFiguresModule } from './placement-figures/placement-figures.module.ts';
import { TrainingFiguresModule } from './training-figures/training-figures.module.ts';
import openApi from './openapi.metadata.ts';

@Module({
  imports: [
    ServiceDefaultsModule.forRoot({ service: 'reporting', openApi }),
    LogframeModule,
    ReportsModule,
    CampaignFiguresModule,
    FundingFiguresModule,
    MemberFiguresModule,
    PlacementFiguresModule,
    TrainingFiguresModule,
  ],
})
export class AppModule {}

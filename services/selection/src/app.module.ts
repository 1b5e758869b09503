import { Module } from '@nestjs/common';
import {
  ApplicationRejected,
  ApplicationScreened,
  ApplicationSubmitted,
  CandidateSelected,
  CandidateShortlisted,
  TorClosed,
  TorPublished,
} from '@ikiraro/contracts';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { ApplicationsModule } from './applications/applications.module.ts';
import { BalanceModule } from './balance/balance.controller.ts';
import { MembersModule } from './members/members.consumer.ts';
import { ReportModule } from './report/report.controller.ts';
import { ReviewModule } from './review/review.module.ts';
import { TorsModule } from './tors/tors.module.ts';

/** Selection publishes what it decides; it consumes outreach's member events (members/members.consumer.ts). */
@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'selection',
      publishes: [
        TorPublished,
        TorClosed,
        ApplicationSubmitted,
        ApplicationScreened,
        ApplicationRejected,
        CandidateShortlisted,
        CandidateSelected,
      ],
      projections: { tor: 'tors', application: 'applications' },
    }),
    TorsModule,
    ApplicationsModule,
    ReviewModule,
    MembersModule,
    BalanceModule,
    ReportModule,
  ],
})
export class AppModule {}

import { Module } from '@nestjs/common';
import { memberPerson } from '@ikiraro/contracts';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { applicationFields } from './applications/application.ts';
import { ApplicationsModule } from './applications/applications.module.ts';
import { BalanceModule } from './balance/balance.module.ts';
import { MembersModule } from './members/members.module.ts';
import { ReportModule } from './report/report.module.ts';
import { ReviewModule } from './review/review.module.ts';
import { TorsModule } from './tors/tors.module.ts';
import openApi from './openapi.metadata.ts';

/**
 * Selection publishes what it decides; it consumes outreach's member events (members/members.consumer.ts) and
 * placement's ends that free a ToR's place (review/placements.consumer.ts).
 */
@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'selection',
      openApi,
      projections: { tor: 'tors', application: 'applications' },
      personal: {
        application: {
          person: (state: { memberId: string }) => memberPerson(state.memberId),
          fields: applicationFields,
        },
      },
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

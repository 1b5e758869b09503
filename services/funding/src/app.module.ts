import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { AwardsModule } from './awards/awards.module.ts';
import { CallsModule } from './calls/calls.module.ts';
import { CoreModule } from './core.module.ts';
import { ErasureModule } from './erasure/erasure.module.ts';
import { InvestorsModule } from './investors/investors.module.ts';
import openApi from './openapi.metadata.ts';
import { OutcomesModule } from './outcomes/outcomes.module.ts';
import { ProposalsModule } from './proposals/proposals.module.ts';
import { ReviewModule } from './review/review.module.ts';
import * as awards from './awards/awards.store.ts';
import * as calls from './calls/calls.store.ts';
import * as investors from './investors/investors.store.ts';
import * as proposals from './proposals/proposals.store.ts';
import * as review from './review/review.store.ts';

const features = [calls, proposals, review, awards, investors];

/**
 * Funding: calls for pilot proposals from the teams of finished ToTs, the committee's review, awards within the
 * fund paid in tranches against milestones, investors told of proposals that match their interests, and a
 * diaspora mentor for each funded pilot. Its features are joined by its own events (ADR 17).
 */
@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'funding',
      openApi,
      projections: Object.assign({}, ...features.map((f) => f.projections)),
      personal: Object.assign({}, ...features.map((f) => f.personal)),
    }),
    CoreModule,
    CallsModule,
    ProposalsModule,
    ReviewModule,
    AwardsModule,
    InvestorsModule,
    OutcomesModule,
    ErasureModule,
  ],
})
export class AppModule {}

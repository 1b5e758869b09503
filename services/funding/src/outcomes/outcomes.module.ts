import { Module } from '@nestjs/common';
import { AwardsModule } from '../awards/awards.module.ts';
import { InvestorsModule } from '../investors/investors.module.ts';
import { ProposalsModule } from '../proposals/proposals.module.ts';
import { OutcomesConsumer } from './outcomes.consumer.ts';

/** The one consumer of review's outcomes (screened, shortlisted, awarded) for the features that follow them. */
@Module({ imports: [ProposalsModule, InvestorsModule, AwardsModule], controllers: [OutcomesConsumer] })
export class OutcomesModule {}

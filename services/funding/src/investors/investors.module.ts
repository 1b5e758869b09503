import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard.service.ts';
import { InvestorController } from './investor.controller.ts';
import { InvestorDeskService } from './investor-desk.service.ts';
import { InvestorsController } from './investors.controller.ts';
import { InvestorsService } from './investors.service.ts';
import { MatchingService } from './matching.service.ts';
import { PublicInvestorsController } from './public-investors.controller.ts';
import { TranchesConsumer } from './tranches.consumer.ts';

/** Investors: sign-up and verification, matching on shortlist and award, interest, pledges, the dashboard. */
@Module({
  controllers: [PublicInvestorsController, InvestorController, InvestorsController, TranchesConsumer],
  providers: [InvestorsService, MatchingService, InvestorDeskService, DashboardService],
  exports: [MatchingService],
})
export class InvestorsModule {}

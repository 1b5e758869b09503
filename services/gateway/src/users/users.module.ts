import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.ts';
import { InvestorsConsumer } from './investors.consumer.ts';
import { PlacementsConsumer } from './placements.consumer.ts';
import { ReviewersController } from './reviewers.controller.ts';
import { UsersController } from './users.controller.ts';

@Module({
  imports: [IdentityModule],
  controllers: [UsersController, ReviewersController, PlacementsConsumer, InvestorsConsumer],
})
export class UsersModule {}

import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.ts';
import { PlacementsConsumer } from './placements.consumer.ts';
import { ReviewController } from './review.controller.ts';
import { ReviewService } from './review.service.ts';

@Module({
  imports: [ApplicationsModule],
  controllers: [ReviewController, PlacementsConsumer],
  providers: [ReviewService],
})
export class ReviewModule {}

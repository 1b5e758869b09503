import { Module } from '@nestjs/common';
import { AllocationController } from './allocation.controller.ts';
import { AllocationService } from './allocation.service.ts';
import { CommitteeReviewController } from './review.controller.ts';
import { ReviewRecords } from './review.records.ts';
import { ReviewService } from './review.service.ts';

/** The qualifying round, committee scoring and ranking, the shortlist and the allocation into awards. */
@Module({
  controllers: [CommitteeReviewController, AllocationController],
  providers: [ReviewRecords, ReviewService, AllocationService],
})
export class ReviewModule {}

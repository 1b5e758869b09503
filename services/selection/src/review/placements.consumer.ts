import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  PlacementCancelled,
  type PlacementCancelledV1,
  PlacementDeclined,
  type PlacementDeclinedV1,
  PlacementExpired,
  type PlacementExpiredV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { ReviewService } from './review.service.ts';

/**
 * Placement's ends before the mission starts or completes: each frees the selected candidate's place in the ToR,
 * for a reserve (review.service.ts `releasePlace`).
 */
@Controller()
export class PlacementsConsumer {
  constructor(private readonly review: ReviewService) {}

  @OnEvent(PlacementDeclined)
  async onDeclined(@Payload() { data }: EventEnvelope<PlacementDeclinedV1>) {
    await this.review.releasePlace(data.applicationId, 'declined');
  }

  @OnEvent(PlacementExpired)
  async onExpired(@Payload() { data }: EventEnvelope<PlacementExpiredV1>) {
    await this.review.releasePlace(data.applicationId, 'expired');
  }

  @OnEvent(PlacementCancelled)
  async onCancelled(@Payload() { data }: EventEnvelope<PlacementCancelledV1>) {
    await this.review.releasePlace(data.applicationId, 'cancelled');
  }
}

import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  AssessmentCompleted,
  type AssessmentCompletedV1,
  type EventEnvelope,
  PlacementCompleted,
  type PlacementCompletedV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { CertificatesService } from './certificates.service.ts';

/** Certificates follow from two closes: the course's (training's own event) and the placement's. */
@Controller()
export class CertificatesConsumer {
  constructor(private readonly certificates: CertificatesService) {}

  /** The assessment closed the course: trainees who met the thresholds are certified. */
  @OnEvent(AssessmentCompleted)
  async onCourseClosed(@Payload() { data }: EventEnvelope<AssessmentCompletedV1>) {
    await this.certificates.issueTraining(data.totId);
  }

  /** The placement is complete: the professional's certificate of service. */
  @OnEvent(PlacementCompleted)
  async onPlacementCompleted(@Payload() { data }: EventEnvelope<PlacementCompletedV1>) {
    await this.certificates.issueService(data);
  }
}

import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  CertificateIssued,
  type CertificateIssuedV1,
  type EventEnvelope,
  PlacementAccepted,
  type PlacementAcceptedV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import type { Versioned } from '@ikiraro/messaging';
import { type Cohort, isFinished } from './cohort.ts';
import { CohortsService } from './cohorts.service.ts';
import { InvitationsService } from './invitations.service.ts';

/**
 * Placement's accepted placements (the trainer) and training's certificates (the trainees) make the cohorts;
 * a cohort that is finished, or grows, while calls are open is invited to them at once.
 */
@Controller()
export class CohortsConsumer {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly invitations: InvitationsService,
  ) {}

  @OnEvent(PlacementAccepted)
  async onAccepted(@Payload() { data }: EventEnvelope<PlacementAcceptedV1>) {
    await this.inviteIfFinished(data.placementId, await this.cohorts.trainer(data));
  }

  @OnEvent(CertificateIssued)
  async onCertified(@Payload() { data, occurredAt }: EventEnvelope<CertificateIssuedV1>) {
    if (data.kind !== 'training') return;
    await this.inviteIfFinished(data.totId, await this.cohorts.trainee(data, new Date(occurredAt)));
  }

  private async inviteIfFinished(totId: string, cohort: Versioned<Cohort>) {
    if (!isFinished(cohort.state)) return;
    const people = await this.cohorts.people(totId, cohort.state);
    await this.invitations.inviteToOpenCalls(totId, cohort.state.iprc, people, new Date());
  }
}

import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  ProposalAwarded,
  type ProposalAwardedV1,
  ProposalScreened,
  type ProposalScreenedV1,
  ProposalShortlisted,
  type ProposalShortlistedV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { AwardsService } from '../awards/awards.service.ts';
import { MatchingService } from '../investors/matching.service.ts';
import { ProposalsService } from '../proposals/proposals.service.ts';

/**
 * Review's outcomes, as every feature that follows them sees them: one handler per event type (the messaging
 * library's rule), each step idempotent, so a redelivery after a crash halfway repeats nothing. In order: the
 * proposal's status first, then the investors matched on it.
 */
@Controller()
export class OutcomesConsumer {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly matching: MatchingService,
    private readonly awards: AwardsService,
  ) {}

  @OnEvent(ProposalScreened)
  async onScreened(@Payload() { data }: EventEnvelope<ProposalScreenedV1>) {
    await this.proposals.screened(data);
  }

  @OnEvent(ProposalShortlisted)
  async onShortlisted(@Payload() { data }: EventEnvelope<ProposalShortlistedV1>) {
    await this.proposals.shortlisted(data);
    await this.matching.list('shortlisted', data);
  }

  /** The awarded proposal only: the others of the call keep their status. */
  @OnEvent(ProposalAwarded)
  async onAwarded(@Payload() { data }: EventEnvelope<ProposalAwardedV1>) {
    await this.proposals.awarded(data);
    await this.awards.awarded(data);
    await this.matching.list('awarded', data, data.awarded);
  }
}

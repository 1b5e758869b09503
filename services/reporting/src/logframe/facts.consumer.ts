import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  ApplicationSubmitted,
  type ApplicationSubmittedV1,
  CandidateSelected,
  type CandidateSelectedV1,
  CandidateShortlisted,
  type CandidateShortlistedV1,
  type EventEnvelope,
  InterestExpressed,
  type InterestExpressedV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { Facts } from './facts.ts';

/**
 * The events that feed the logframe and nothing else in reporting. Every other feeding event's handler (in the
 * figures features: one handler per type) records its facts too.
 */
@Controller()
export class FactsConsumer {
  constructor(private readonly facts: Facts) {}

  @OnEvent(ApplicationSubmitted)
  onApplied(@Payload() event: EventEnvelope<ApplicationSubmittedV1>) {
    return this.facts.record(event);
  }

  @OnEvent(CandidateShortlisted)
  onShortlisted(@Payload() event: EventEnvelope<CandidateShortlistedV1>) {
    return this.facts.record(event);
  }

  @OnEvent(CandidateSelected)
  onSelected(@Payload() event: EventEnvelope<CandidateSelectedV1>) {
    return this.facts.record(event);
  }

  @OnEvent(InterestExpressed)
  onInterest(@Payload() event: EventEnvelope<InterestExpressedV1>) {
    return this.facts.record(event);
  }
}

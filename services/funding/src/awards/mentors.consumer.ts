import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { type EventEnvelope, MemberContactUpdated, type MemberContactUpdatedV1 } from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { MentorsService } from './mentors.service.ts';

/** Outreach's contacts: only members who consented to mentoring are kept, as candidates for funded pilots. */
@Controller()
export class MentorsConsumer {
  constructor(private readonly mentors: MentorsService) {}

  @OnEvent(MemberContactUpdated)
  async onContact(@Payload() { data }: EventEnvelope<MemberContactUpdatedV1>) {
    await this.mentors.contactUpdated(data);
  }
}

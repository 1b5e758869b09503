import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  ApplicationSubmitted,
  type ApplicationSubmittedV1,
  type EventEnvelope,
  MemberRegistered,
  type MemberRegisteredV1,
  MemberReturned,
  type MemberReturnedV1,
} from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { MEMBER, type Member } from '../members/member.ts';
import { FunnelService } from './funnel.service.ts';

/**
 * The funnel's later steps, from events: a member verified (ours) and a member applied (selection's). Each is
 * recorded under `<step>:<memberId>`, so a member counts once per step whatever is redelivered or repeated.
 */
@Controller()
export class FunnelConsumer {
  private readonly members;

  constructor(
    private readonly funnel: FunnelService,
    store: AggregateStore,
  ) {
    this.members = store.of<Member>(MEMBER);
  }

  @OnEvent(MemberRegistered)
  async onRegistered(@Payload() event: EventEnvelope<MemberRegisteredV1>) {
    const { memberId, campaignId, channel } = event.data;
    await this.funnel.record({ campaignId, channel, step: 'verified' }, `verified:${memberId}`);
  }

  /** A member back through another campaign verified there too: counted once in that campaign. */
  @OnEvent(MemberReturned)
  async onReturned(@Payload() event: EventEnvelope<MemberReturnedV1>) {
    const { memberId, campaignId, channel } = event.data;
    await this.funnel.record({ campaignId, channel, step: 'verified' }, `verified:${campaignId}:${memberId}`);
  }

  /** The campaign and channel are the member's: an unknown or erased member is not counted. */
  @OnEvent(ApplicationSubmitted)
  async onApplied(@Payload() event: EventEnvelope<ApplicationSubmittedV1>) {
    const { memberId } = event.data;
    const member = await this.members.load(memberId);
    if (!member || member.state.status === 'erased') return;
    const { campaignId, channel } = member.state;
    await this.funnel.record({ campaignId, channel, step: 'applied' }, `applied:${memberId}`);
  }
}

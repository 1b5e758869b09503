import { Controller } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  FundingErasureReceipted,
  MemberErased,
  type MemberErasedV1,
} from '@ikiraro/contracts';
import { AggregateStore, erasureReceipts, OnEvent } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { MentorsService } from '../awards/mentors.service.ts';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A member is erased (funding's one handler of `outreach.member.erased`). What funding holds of a member is
 * sealed for them (memberPerson): the trainer's invitations and cohort entry (name, e-mail), a mentor's
 * profile, so forgetting their key, which the platform does as the event is consumed, leaves those unreadable;
 * the mentor is no candidate any more; proposals and awards name people by id only. The receipt says what became unreadable, once (a redelivery changes nothing).
 */
@Controller()
export class ErasureConsumer {
  private readonly receipts;

  constructor(
    store: AggregateStore,
    private readonly mentors: MentorsService,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.receipts = erasureReceipts(store, FundingErasureReceipted);
  }

  @OnEvent(MemberErased)
  async onErased(@Payload() { data }: EventEnvelope<MemberErasedV1>) {
    const asTrainer = { role: 'trainer', personId: data.memberId };
    const invitations = await this.db.collection('invitations').countDocuments(asTrainer);
    const cohorts = await this.db.collection('cohort_members').countDocuments(asTrainer);
    const mentor = await this.mentors.erase(data.memberId);
    const removed = [
      ...(mentor ? ['1 mentor profile (name, e-mail, subjects)'] : []),
      ...(invitations ? [`${counted(invitations, 'invitation', 'invitations')} (name and e-mail)`] : []),
      ...(cohorts ? [`${counted(cohorts, 'cohort entry', 'cohort entries')} (name and e-mail)`] : []),
    ];
    await this.receipts(data.memberId, removed);
  }

  private get db() {
    return this.connection.db!;
  }
}

import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  MemberErased,
  type MemberErasedV1,
  MemberProfileUpdated,
  type MemberProfileUpdatedV2,
  MemberRegistered,
  type MemberRegisteredV1,
  SelectionErasureReceipted,
} from '@ikiraro/contracts';
import { AggregateStore, erasureReceipts, OnEvent } from '@ikiraro/messaging';
import { ApplicationsService } from '../applications/applications.service.ts';
import { factsOf, type MemberCopy, Members } from './members.ts';

@Controller()
export class MembersConsumer {
  private readonly receipts;

  constructor(
    private readonly members: Members,
    private readonly applications: ApplicationsService,
    store: AggregateStore,
  ) {
    this.receipts = erasureReceipts(store, SelectionErasureReceipted);
  }

  /** Not for an erased member: their events reach no handler (their key is gone). */
  @OnEvent(MemberRegistered)
  async onRegistered(@Payload() { data }: EventEnvelope<MemberRegisteredV1>) {
    await this.saveCopy(data.memberId, data.office, data);
  }

  @OnEvent(MemberProfileUpdated)
  async onProfileUpdated(@Payload() { data }: EventEnvelope<MemberProfileUpdatedV2>) {
    const known = await this.members.find(data.memberId);
    if (!known) return; // erased since, or registered before selection listened: nothing to update
    await this.saveCopy(data.memberId, known.office, data);
  }

  /** The copy a member's latest profile makes: the facts ToRs are matched on, the gender for figures only. */
  private saveCopy(
    memberId: string,
    office: MemberCopy['office'],
    { profile, availability }: Pick<MemberRegisteredV1, 'profile' | 'availability'>,
  ) {
    return this.members.save({
      _id: memberId,
      office,
      facts: factsOf(profile, availability),
      gender: profile.gender ?? null,
    });
  }

  /**
   * Erasure: the copy goes, each application keeps only what the audit needs (ADR 11), and the receipt for the
   * certificate is announced, once per erasure (a redelivered event changes nothing).
   */
  @OnEvent(MemberErased)
  async onErased(@Payload() { data }: EventEnvelope<MemberErasedV1>) {
    const applications = await this.applications.eraseApplicant(data.memberId);
    const copy = await this.members.collection.deleteOne({ _id: data.memberId });
    const removed = [
      ...(copy.deletedCount ? ['profile copy'] : []),
      ...(applications ? [`${applications} application${applications === 1 ? '' : 's'}`] : []),
    ];
    await this.receipts(data.memberId, removed);
  }
}

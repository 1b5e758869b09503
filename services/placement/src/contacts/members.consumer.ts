import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  MemberContactUpdated,
  type MemberContactUpdatedV1,
  MemberErased,
  type MemberErasedV1,
  PlacementErasureReceipted,
} from '@ikiraro/contracts';
import { AggregateStore, erasureReceipts, OnEvent } from '@ikiraro/messaging';
import { PlacementsService } from '../placements/placements.service.ts';
import { Contacts } from './contacts.ts';

@Controller()
export class MembersConsumer {
  private readonly receipts;

  constructor(
    private readonly contacts: Contacts,
    private readonly placements: PlacementsService,
    store: AggregateStore,
  ) {
    this.receipts = erasureReceipts(store, PlacementErasureReceipted);
  }

  @OnEvent(MemberContactUpdated)
  async onContact(@Payload() { data }: EventEnvelope<MemberContactUpdatedV1>) {
    const name = [data.firstName, data.lastName].filter(Boolean).join(' ');
    await this.contacts.aggregate.change(data.memberId, () => ({
      state: { email: data.email, name },
      events: [],
    }));
  }

  /**
   * Erasure: the contact copy is made unreadable with the member's key (gone already), each placement keeps only
   * what the figures and the audit need (status, IPRC, dates), and the receipt is announced once.
   */
  @OnEvent(MemberErased)
  async onErased(@Payload() { data }: EventEnvelope<MemberErasedV1>) {
    const placements = await this.placements.eraseProfessional(data.memberId);
    const known = await this.contacts.aggregate.load(data.memberId);
    if (known)
      await this.contacts.aggregate.update(data.memberId, () => ({
        state: { email: null, name: null },
        events: [],
      }));
    const removed = [
      ...(known ? ['contact details'] : []),
      ...(placements ? [`${placements} placement${placements === 1 ? '' : 's'} (personal fields)`] : []),
    ];
    await this.receipts(data.memberId, removed);
  }
}

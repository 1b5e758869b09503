import { Injectable } from '@nestjs/common';
import {
  AccountContactUpdated,
  type AccountContactUpdatedV1,
  accountPerson,
  CertificateIssued,
  type CertificateIssuedV1,
  type EventEnvelope,
  InvestorSignedUp,
  type InvestorSignedUpV1,
  InvestorVerified,
  type InvestorVerifiedV1,
  investorPerson,
  InvitationIssued,
  type InvitationIssuedV1,
  MemberContactUpdated,
  type MemberContactUpdatedV1,
  MemberErased,
  type MemberErasedV1,
  memberPerson,
  NotificationsErasureReceipted,
  traineePerson,
} from '@ikiraro/contracts';
import { AggregateStore, erasureReceipts } from '@ikiraro/messaging';
import { programme } from '@ikiraro/programme';
import { Deliveries } from '../deliveries/deliveries.ts';
import type { EventListener } from '../events/event-listener.ts';
import { Contacts } from './contacts.ts';

/**
 * The address book: kept from the contact events of outreach (members) and the gateway (staff accounts), and
 * for a trainee (who has no account) from the address their training certificate or their invitation to a call
 * for pilot proposals carries; an investor's from their sign-up and its verification (funding).
 */
@Injectable()
export class ContactsListener implements EventListener {
  readonly types = new Set([
    MemberContactUpdated.type,
    AccountContactUpdated.type,
    MemberErased.type,
    CertificateIssued.type,
    InvitationIssued.type,
    InvestorSignedUp.type,
    InvestorVerified.type,
  ]);
  private readonly receipts;

  constructor(
    private readonly contacts: Contacts,
    private readonly deliveries: Deliveries,
    store: AggregateStore,
  ) {
    this.receipts = erasureReceipts(store, NotificationsErasureReceipted);
  }

  on(event: EventEnvelope) {
    if (event.type === MemberErased.type) return this.onErased(event as EventEnvelope<MemberErasedV1>);
    if (event.type === CertificateIssued.type)
      return this.onCertificate((event as EventEnvelope<CertificateIssuedV1>).data);
    if (event.type === InvitationIssued.type)
      return this.onInvitation((event as EventEnvelope<InvitationIssuedV1>).data);
    if (event.type === InvestorSignedUp.type || event.type === InvestorVerified.type)
      return this.onInvestor((event as EventEnvelope<InvestorSignedUpV1 | InvestorVerifiedV1>).data);
    if (event.type === MemberContactUpdated.type) {
      const { data } = event as EventEnvelope<MemberContactUpdatedV1>;
      return this.contacts.save(memberPerson(data.memberId), data);
    }
    // Staff accounts have no language of their own yet, nor subjects: English, and no opportunities.
    const { accountId, email, name, roles, iprc } = (event as EventEnvelope<AccountContactUpdatedV1>).data;
    const contact = { email, firstName: name, locale: 'en', opportunities: false, subjects: [], roles, iprc };
    return this.contacts.save(accountPerson(accountId), contact);
  }

  /**
   * A trainee's address, sealed with their key like any other (erased with it: the contact then opens to
   * nothing and the sender suppresses what is pending), in the programme's first public language: a trainee
   * states none. A certificate of service goes to the member's address from outreach; nothing is kept for it.
   */
  private async onCertificate({ kind, holderId, email, name }: CertificateIssuedV1) {
    if (kind !== 'training' || !email) return;
    const locale = programme().languages.public[0]!;
    const contact = { email, firstName: name, locale, opportunities: false, subjects: [] };
    await this.contacts.save(traineePerson(holderId), contact);
  }

  /**
   * A trainee's address from their invitation to a call, as from a certificate (the team's lead is written to
   * there). A trainer's invitation goes to the member's address from outreach, in their language: nothing kept.
   */
  private async onInvitation({ role, personId, email, name }: InvitationIssuedV1) {
    if (role !== 'trainee' || !email) return;
    const locale = programme().languages.public[0]!;
    const contact = { email, firstName: name, locale, opportunities: false, subjects: [] };
    await this.contacts.save(traineePerson(personId), contact);
  }

  /** An investor's address and language, sealed with their key; the later event of the two says it last. */
  private async onInvestor({ investorId, email, name, locale }: InvestorSignedUpV1 | InvestorVerifiedV1) {
    const contact = { email, firstName: name, locale, opportunities: false, subjects: [] };
    await this.contacts.save(investorPerson(investorId), contact);
  }

  /**
   * Erasure: the address goes, the messages sent keep only what the log needs without naming anyone (their
   * sealed fields are unreadable once the key is gone; their address key is removed), messages still pending
   * are suppressed by the sender, and the receipt for the certificate is announced once.
   */
  private async onErased({ data }: EventEnvelope<MemberErasedV1>) {
    const person = memberPerson(data.memberId);
    const contact = await this.contacts.erase(person);
    const messages = await this.deliveries.erase(person);
    const removed = [
      ...(contact ? ['address'] : []),
      ...(messages ? [`${messages} message${messages === 1 ? '' : 's'} in the delivery log`] : []),
    ];
    await this.receipts(data.memberId, removed);
  }
}

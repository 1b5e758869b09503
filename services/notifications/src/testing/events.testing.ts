import {
  AccountContactUpdated,
  type AccountContactUpdatedV1,
  type EventEnvelope,
  MemberContactUpdated,
  type MemberContactUpdatedV1,
  TorPublished,
  type TorPublishedV1,
} from '@ikiraro/contracts';
import { publishEvents, publishRaw } from '@ikiraro/testing';

/** A member's contact as outreach announces it: French-speaking, consented to opportunities, in Mechatronics. */
export const contact = (memberId: string, overrides: Partial<MemberContactUpdatedV1> = {}) => ({
  memberId,
  email: `${memberId}@example.org`,
  firstName: `Ada-${memberId}`,
  locale: 'fr',
  opportunities: true,
  subjects: ['Mechatronics'],
  ...overrides,
});

export const publishContacts = (...contacts: MemberContactUpdatedV1[]) =>
  publishEvents(
    MemberContactUpdated,
    contacts.map((data) => ({ subject: data.memberId, data })),
  );

export const tor = (torId: string, overrides: Partial<TorPublishedV1> = {}): TorPublishedV1 => ({
  torId,
  iprc: 'KGL',
  subject: 'Mechatronics',
  title: `Mechatronics trainer ${torId}`,
  experts: 1,
  period: { start: '2027-03-01', end: '2027-06-30' },
  durationMonths: 3,
  ...overrides,
});

export const publishTors = (...tors: TorPublishedV1[]) =>
  publishEvents(
    TorPublished,
    tors.map((data) => ({ subject: data.torId, data })),
  );

/** A contract's topic in this test file's run. */
export const topicOf = (contract: { topic: string }) => `${process.env.KAFKA_TOPIC_PREFIX}${contract.topic}`;

/** The same event again, as a redelivery brings it: same id, same key. */
export const redeliver = (contract: { topic: string }, event: EventEnvelope) =>
  publishRaw(topicOf(contract), [{ key: event.subject, value: JSON.stringify(event) }]);

/** What the events about one application carry: its id, its ToR and its applicant. */
export const applicationOf = (memberId: string, torId: string) => ({
  applicationId: `app-${memberId}-${torId}`,
  torId,
  memberId,
});

/** A staff account's contact as the gateway announces it. */
export const staff = (accountId: string, roles: string[], iprc?: AccountContactUpdatedV1['iprc']) => ({
  accountId,
  email: `${accountId}@staff.example.org`,
  name: `Staff ${accountId}`,
  roles,
  ...(iprc ? { iprc } : {}),
});

export const publishStaff = (...accounts: AccountContactUpdatedV1[]) =>
  publishEvents(
    AccountContactUpdated,
    accounts.map((data) => ({ subject: data.accountId, data })),
  );

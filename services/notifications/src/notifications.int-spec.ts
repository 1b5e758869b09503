import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AccountContactUpdated,
  ApplicationRejected,
  CandidateShortlisted,
  MemberErased,
  NotificationsErasureReceipted,
  TorPanelAssigned,
} from '@ikiraro/contracts';
import {
  eventually,
  probeTopic,
  publishEvents,
  type ServiceUnderTest,
  type MailCatcher,
} from '@ikiraro/testing';
import { Contacts } from './contacts/contacts.ts';
import {
  applicationOf,
  contact,
  publishContacts,
  publishTors,
  redeliver,
  topicOf,
  tor,
} from './testing/events.testing.ts';
import { startNotifications } from './testing/notifications.testing.ts';

describe('notifications', () => {
  let service: ServiceUnderTest;
  let mail: MailCatcher;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ service, mail, stop } = await startNotifications(
      { RETRY_MAX_MS: '400' },
      {
        refuse: (to) =>
          to.startsWith('gone') ? { code: 550, message: '5.1.1 No such user here' } : undefined,
      },
    ));
    await publishTors(tor('tor-1'), tor('tor-2', { subject: 'Solar installation', title: 'Solar trainer' }));
  });
  afterAll(() => stop());

  const log = async (query: string) =>
    (await service.request('GET', `/deliveries?${query}`, undefined, { as: 'admin' })).body.items;

  it('tells an applicant they are shortlisted, once for a redelivered event, in their language', async () => {
    await publishContacts(contact('m1'));
    const [shortlisted] = await publishEvents(CandidateShortlisted, [
      { subject: 'app-m1', data: applicationOf('m1', 'tor-1') },
    ]);
    await redeliver(CandidateShortlisted, shortlisted!);
    await eventually(async () => expect(mail.to('m1@example.org')).toHaveLength(1));
    const [message] = mail.to('m1@example.org');
    expect(message!.subject).toBe('Vous êtes présélectionné·e : Mechatronics trainer tor-1');
    expect(message!.text).toContain('Bonjour Ada-m1,');
    expect(message!.text).toContain('à IPRC Kigali');
    expect(message!.html).toContain('<p>Bonjour Ada-m1,</p>');
    // An optional category: the RFC 8058 headers, whose address stops it in one click
    expect(message!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(message!.headers['list-unsubscribe']).toMatch(
      /^<http:\/\/127\.0\.0\.1:3100\/api\/v1\/public\/unsubscribe\?token=[^&]+&category=applications>$/,
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // a second copy would have come by now
    expect(mail.to('m1@example.org')).toHaveLength(1);
    const [entry] = await log('address=M1@example.org');
    expect(entry).toMatchObject({
      template: 'application-shortlisted',
      status: 'sent',
      to: 'm1@example.org',
      subject: message!.subject,
      locale: 'fr',
      event: { id: shortlisted!.id, type: CandidateShortlisted.type },
      attempts: [{ outcome: 'sent', answer: expect.stringMatching(/^250 /) }],
    });
  });

  it('says "screened out" or "not selected" by the stage at which the application ended', async () => {
    await publishContacts(contact('m2', { locale: 'en' }), contact('m3', { locale: 'de' }));
    await publishEvents(ApplicationRejected, [
      { subject: 'app-m2', data: { ...applicationOf('m2', 'tor-1'), stage: 'screening' } },
      { subject: 'app-m3', data: { ...applicationOf('m3', 'tor-1'), stage: 'interview' } },
    ]);
    await eventually(async () =>
      expect(mail.mails.filter((m) => /m[23]@/.test(m.to.join()))).toHaveLength(2),
    );
    expect(mail.to('m2@example.org')[0]!.text).toContain('does not meet the eligibility requirements');
    expect(mail.to('m3@example.org')[0]!.text).toContain(
      'hat das Gremium Sie für diesen Einsatz nicht ausgewählt',
    );
  });

  it('tells of a new ToR those who teach its subject and agreed to hear of opportunities, and no one else', async () => {
    await publishContacts(
      contact('s1', { subjects: ['solar installation '], locale: 'rw' }),
      contact('s2', { subjects: ['Solar installation'], opportunities: false }),
      contact('s3', { subjects: ['Plumbing'] }),
    );
    const contacts = service.app.get(Contacts);
    await eventually(async () => expect(await contacts.find('member:s3')).not.toBeNull());
    await publishTors(tor('tor-3', { subject: 'Solar installation', title: 'Solar PV trainer' }));
    await eventually(async () => expect(mail.to('s1@example.org')).toHaveLength(1));
    expect(mail.to('s1@example.org')[0]!.subject).toBe(
      'Amahirwe mashya muri Solar installation: Solar PV trainer',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mail.to('s2@example.org')).toHaveLength(0);
    expect(mail.to('s3@example.org')).toHaveLength(0);
  });

  it('tells reviewers they are on the panel of a published ToR, in English (staff have no language yet)', async () => {
    await publishEvents(AccountContactUpdated, [
      { subject: 'rev-1', data: { accountId: 'rev-1', email: 'reviewer@example.org', name: 'Jean Rev' } },
    ]);
    await eventually(async () =>
      expect(await service.app.get(Contacts).find('account:rev-1')).not.toBeNull(),
    );
    await publishTors(tor('tor-5', { title: 'Welding trainer' }));
    await publishEvents(TorPanelAssigned, [
      { subject: 'tor-5', data: { torId: 'tor-5', reviewerIds: ['rev-1'] } },
    ]);
    await eventually(async () => expect(mail.to('reviewer@example.org')).toHaveLength(1));
    const [message] = mail.to('reviewer@example.org');
    expect(message!.subject).toBe('You are on the panel: Welding trainer');
    expect(message!.text).toContain('Hello Jean Rev,');
    expect(message!.headers['list-unsubscribe']).toContain('category=reviews');
  });

  it('stops one category in one click (RFC 8058) and still sends the others', async () => {
    await publishContacts(contact('u1'));
    await publishEvents(CandidateShortlisted, [{ subject: 'app-u1', data: applicationOf('u1', 'tor-1') }]);
    await eventually(async () => expect(mail.to('u1@example.org')).toHaveLength(1));
    const oneClick = mail.to('u1@example.org')[0]!.headers['list-unsubscribe']!.slice(1, -1);
    const path = new URL(oneClick).pathname.replace('/api/v1', '') + new URL(oneClick).search;
    const stopped = await service.request('POST', path, 'List-Unsubscribe=One-Click', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(stopped.status).toBe(200);
    expect(stopped.body.categories).toContainEqual({
      code: 'applications',
      optional: true,
      subscribed: false,
    });
    expect(stopped.body.categories).toContainEqual({
      code: 'opportunities',
      optional: true,
      subscribed: true,
    });

    await publishEvents(ApplicationRejected, [
      { subject: 'app-u1', data: { ...applicationOf('u1', 'tor-1'), stage: 'interview' } },
    ]);
    await publishTors(tor('tor-4', { title: 'Mechatronics lead trainer' }));
    await eventually(async () => expect(mail.to('u1@example.org')).toHaveLength(2));
    expect(mail.to('u1@example.org')[1]!.subject).toContain('Mechatronics lead trainer');
    await eventually(async () =>
      expect(await log('template=application-not-selected&status=suppressed')).toContainEqual(
        expect.objectContaining({ reason: 'the recipient switched off applications', to: 'u1@example.org' }),
      ),
    );
  });

  it('refuses a link it did not sign, and a category that cannot be switched off', async () => {
    const forged = await service.request('GET', '/public/preferences', undefined, {
      headers: { 'x-preferences-token': 'bWVtYmVyOm0x.forged' },
    });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('preferences.link_invalid');
    const oneClick = new URL(mail.to('m1@example.org')[0]!.headers['list-unsubscribe']!.slice(1, -1));
    const token = oneClick.searchParams.get('token')!;
    const security = await service.request(
      'PUT',
      '/public/preferences',
      { optedOut: ['security'] },
      { headers: { 'x-preferences-token': token } },
    );
    expect(security.status).toBe(400);
    expect(security.body.code).toBe('request.invalid');
  });

  it('gives a message up at once on a permanent refusal, with the server answer in the log', async () => {
    await publishContacts(contact('g1', { email: 'gone@example.org' }));
    await publishEvents(CandidateShortlisted, [{ subject: 'app-g1', data: applicationOf('g1', 'tor-1') }]);
    await eventually(async () =>
      expect(await log('address=gone@example.org')).toEqual([
        expect.objectContaining({
          status: 'given-up',
          reason: expect.stringContaining('550 5.1.1 No such user here'),
          attempts: [expect.objectContaining({ outcome: 'refused' })],
        }),
      ]),
    );
  });

  it("erases the address and the log entries' personal data, and sends its receipt once", async () => {
    await publishContacts(contact('e1'));
    const [shortlisted] = await publishEvents(CandidateShortlisted, [
      { subject: 'app-e1', data: applicationOf('e1', 'tor-1') },
    ]);
    await eventually(async () => expect(await log('address=e1@example.org')).toHaveLength(1));
    const receipts = await probeTopic(topicOf(NotificationsErasureReceipted));
    const [erased] = await publishEvents(MemberErased, [
      { subject: 'e1', data: { memberId: 'e1', reason: 'request' } },
    ]);
    await redeliver(MemberErased, erased!);
    await eventually(async () =>
      expect(receipts.events.map((e) => e.data)).toEqual([
        expect.objectContaining({ memberId: 'e1', removed: ['address', '1 message in the delivery log'] }),
      ]),
    );
    await receipts.stop();
    expect(await log('address=e1@example.org')).toEqual([]);
    // Still in the log, naming no one: what was sent, when, and what the server said
    expect(await log(`eventId=${shortlisted!.id}`)).toEqual([
      expect.objectContaining({ status: 'sent', to: null, subject: null, attempts: [expect.anything()] }),
    ]);
    expect(await service.app.get(Contacts).find('member:e1')).toBeNull();
  });
});

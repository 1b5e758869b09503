import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DigestIssued, type DigestIssuedV1, PlacementCancelled, PlacementOffered } from '@ikiraro/contracts';
import { eventually, publishEvents, type ServiceUnderTest, type MailCatcher } from '@ikiraro/testing';
import { Deliveries } from './deliveries/deliveries.ts';
import { Known } from './policy/known.ts';
import {
  applicationOf,
  contact,
  publishContacts,
  publishStaff,
  publishTors,
  redeliver,
  staff,
  tor,
} from './testing/events.testing.ts';
import { startNotifications } from './testing/notifications.testing.ts';

const placementOf = (memberId: string, torId: string) => ({
  ...applicationOf(memberId, torId),
  placementId: `pl-${memberId}`,
  iprc: 'KGL' as const,
});

const digest = (day: string, tasks: DigestIssuedV1['tasks']): DigestIssuedV1 => ({
  digestId: `${day}:iprc-focal-point:KGL`,
  day,
  ownerRole: 'iprc-focal-point',
  iprc: 'KGL',
  tasks,
});
const task = (title: string, dueOn: string, overdue: boolean) => ({
  placementId: 'pl-1',
  torId: 'tor-p1',
  iprc: 'KGL' as const,
  task: title.toLowerCase().replace(/ /g, '-'),
  title,
  dueOn,
  overdue,
});

describe('notifications of placements', () => {
  let service: ServiceUnderTest;
  let mail: MailCatcher;
  let publicUrl: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ service, mail, publicUrl, stop } = await startNotifications());
    await publishTors(tor('tor-p1', { title: 'Mechatronics lead trainer' }));
  });
  afterAll(() => stop());

  it("mails the offer in the member's language with the link that holds its token, kept sealed in the log", async () => {
    const offerToken = 'offer.eyJwIjoicGwtcDEifQ.c2lnbmF0dXJl+/=';
    await publishEvents(PlacementOffered, [
      {
        subject: 'pl-p1',
        data: {
          ...placementOf('p1', 'tor-p1'),
          period: { start: '2027-03-01', end: '2027-06-30' },
          respondBy: '2027-02-10T12:30:00.000Z',
          offerToken,
        },
      },
    ]);
    // Queued before the member's address is known: the token is sealed from the start
    const deliveries = service.app.get(Deliveries).collection;
    await eventually(async () =>
      expect(await deliveries.findOne({ person: 'member:p1' })).toMatchObject({ pending: true }),
    );
    expect(JSON.stringify(await deliveries.findOne({ person: 'member:p1' }))).not.toContain(
      'eyJwIjoicGwtcDEifQ',
    );
    await publishContacts(contact('p1', { locale: 'de' }));
    await eventually(async () => expect(mail.to('p1@example.org')).toHaveLength(1));
    const [message] = mail.to('p1@example.org');
    expect(message!.subject).toBe('Ihr Einsatzangebot: Mechatronics lead trainer');
    expect(message!.text).toContain('Guten Tag Ada-p1,');
    expect(message!.text).toContain('am IPRC Kigali an, vom 1. März 2027 bis zum 30. Juni 2027');
    expect(message!.text).toContain('bis zum 10. Februar 2027 um 12:30 (UTC)');
    const link = `${publicUrl}/offer?token=${encodeURIComponent(offerToken)}`;
    expect(message!.text).toContain(`: ${link}\n`);
    expect(new URL(link).searchParams.get('token')).toBe(offerToken);
    expect(message!.html).toContain(`<a href="${link}">`);
    // A contractual step: no switch to stop it, no one-click unsubscribe
    expect(message!.headers['list-unsubscribe']).toBeUndefined();
    expect(message!.text).toContain('unabhängig von Ihren Einstellungen');
    // And it stays sealed once the message is sent
    await eventually(async () =>
      expect(await deliveries.findOne({ person: 'member:p1' })).toMatchObject({
        template: 'placement-offered',
        status: 'sent',
      }),
    );
    const stored = await deliveries.findOne({ person: 'member:p1' });
    expect(JSON.stringify(stored)).not.toContain('eyJwIjoicGwtcDEifQ');
  });

  it('tells the member their placement is cancelled, with the reason in their language', async () => {
    await publishContacts(contact('p2', { locale: 'en' }));
    await publishEvents(PlacementCancelled, [
      {
        subject: 'pl-p2',
        data: {
          ...placementOf('p2', 'tor-p1'),
          reason: 'iprc-not-ready',
          stage: 'accepted',
          logisticsStarted: true,
        },
      },
    ]);
    await eventually(async () => expect(mail.to('p2@example.org')).toHaveLength(1));
    const [message] = mail.to('p2@example.org');
    expect(message!.subject).toBe('Your placement is cancelled: Mechatronics lead trainer');
    expect(message!.text).toContain(
      'at IPRC Kigali is cancelled, as the host IPRC is not ready to receive you.',
    );
    expect(message!.text).toContain('(travel, accommodation, insurance) is being undone');
  });

  it('sends a digest to the focal points of its IPRC only, once for a redelivered event, the overdue tasks marked', async () => {
    await publishStaff(
      staff('fp-kgl-1', ['iprc-focal-point'], 'KGL'),
      staff('fp-kgl-2', ['trainer', 'iprc-focal-point'], 'KGL'),
      staff('fp-hye', ['iprc-focal-point'], 'HYE'),
      staff('pm-1', ['programme-manager']),
    );
    const known = service.app.get(Known);
    await eventually(async () => {
      expect(await known.staffWith('iprc-focal-point')).toHaveLength(3);
      expect(await known.staffWith('programme-manager')).toEqual(['account:pm-1']);
    });
    expect(await known.staffWith('iprc-focal-point', 'KGL')).toEqual([
      'account:fp-kgl-1',
      'account:fp-kgl-2',
    ]);

    const [first] = await publishEvents(DigestIssued, [
      {
        subject: '2027-02-01:iprc-focal-point:KGL',
        data: digest('2027-02-01', [
          task('Travel booked', '2027-01-28', true),
          task('Accommodation booked', '2027-02-03', false),
        ]),
      },
    ]);
    await redeliver(DigestIssued, first!);
    // The next day's digest on the same key comes after the redelivery: once it is mailed, that one was handled.
    await publishEvents(DigestIssued, [
      {
        subject: '2027-02-01:iprc-focal-point:KGL',
        data: digest('2027-02-02', [task('Travel booked', '2027-01-28', true)]),
      },
    ]);
    for (const address of ['fp-kgl-1@staff.example.org', 'fp-kgl-2@staff.example.org'])
      await eventually(async () =>
        expect(mail.to(address).map((m) => m.subject)).toEqual([
          'Logistics tasks on February 1, 2027: 2 due, 1 overdue',
          'Logistics tasks on February 2, 2027: 1 due, 1 overdue',
        ]),
      );
    const [message] = mail.to('fp-kgl-1@staff.example.org');
    expect(message!.text).toContain('Hello Staff fp-kgl-1,');
    expect(message!.text).toContain(
      '- OVERDUE: Travel booked, IPRC Kigali, due January 28, 2027\n' +
        '- Accommodation booked, IPRC Kigali, due February 3, 2027\n',
    );
    expect(message!.text).toContain(`the placements board: ${publicUrl}/placements`);
    expect(message!.headers['list-unsubscribe']).toContain('category=logistics');
    expect(mail.to('fp-hye@staff.example.org')).toHaveLength(0);
    expect(mail.to('pm-1@staff.example.org')).toHaveLength(0);
    const logged = await service.app.get(Deliveries).collection.find({ 'event.id': first!.id }).toArray();
    expect(logged.map((d) => d.person).sort()).toEqual(['account:fp-kgl-1', 'account:fp-kgl-2']);
  });

  it('stops the digests of an account whose role is taken away (or that is disabled)', async () => {
    await publishStaff(staff('fp-kgl-2', []));
    const known = service.app.get(Known);
    await eventually(async () =>
      expect(await known.staffWith('iprc-focal-point', 'KGL')).toEqual(['account:fp-kgl-1']),
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CertificateIssued,
  type CertificateIssuedV1,
  CertificateRevoked,
  TotCancelled,
  TotOpened,
} from '@ikiraro/contracts';
import { PersonalData } from '@ikiraro/messaging';
import { eventually, type MailCatcher, publishEvents, type ServiceUnderTest } from '@ikiraro/testing';
import { Deliveries } from './deliveries/deliveries.ts';
import { Known } from './policy/known.ts';
import { contact, publishContacts, publishTors, redeliver, tor } from './testing/events.testing.ts';
import { startNotifications } from './testing/notifications.testing.ts';

const ref = { totId: 'pl-t1', iprc: 'KGL' as const, memberId: 'trainer-1' };
const certificate = (
  holderId: string,
  overrides: Partial<CertificateIssuedV1> = {},
): { subject: string; data: CertificateIssuedV1 } => {
  const data: CertificateIssuedV1 = {
    ...ref,
    certificateId: `cert-${holderId}`,
    kind: 'training',
    holderId,
    sex: 'woman',
    verificationCode: `K7QM${holderId.toUpperCase().padEnd(6, 'X')}`,
    name: `Aline ${holderId}`,
    email: `${holderId}@trainee.example.org`,
    course: 'Training of Trainers: Mechatronics',
    ...overrides,
  };
  return { subject: data.certificateId, data };
};
const revocation = ({ data }: ReturnType<typeof certificate>) => ({
  subject: data.certificateId,
  data: { ...ref, certificateId: data.certificateId, kind: data.kind, holderId: data.holderId },
});

describe('notifications of training', () => {
  let service: ServiceUnderTest;
  let mail: MailCatcher;
  let publicUrl: string;
  let stop: () => Promise<void>;
  const logged = (person: string) => service.app.get(Deliveries).collection.find({ person }).toArray();

  beforeAll(async () => {
    ({ service, mail, publicUrl, stop } = await startNotifications());
  });
  afterAll(() => stop());

  it('mails a trainee their certificate once at the address it carries, with the code and its link, both sealed in the log', async () => {
    const issued = certificate('t1');
    const [first] = await publishEvents(CertificateIssued, [issued]);
    await redeliver(CertificateIssued, first!);
    // Another trainee's certificate on the same key, after the redelivery: once it is mailed, that one was handled
    await publishEvents(CertificateIssued, [{ ...certificate('t1b'), subject: issued.subject }]);
    await eventually(async () => expect(mail.to('t1b@trainee.example.org')).toHaveLength(1));
    expect(mail.to('t1@trainee.example.org')).toHaveLength(1);
    const [message] = mail.to('t1@trainee.example.org');
    expect(message!.subject).toBe('Your certificate: Training of Trainers: Mechatronics');
    expect(message!.text).toContain('Hello Aline t1,');
    expect(message!.text).toContain('"Training of Trainers: Mechatronics" at IPRC Kigali is issued');
    expect(message!.text).toContain('verification code is K7QMT1XXXX.');
    const link = `${publicUrl}/certificate?code=K7QMT1XXXX`;
    expect(message!.text).toContain(link);
    expect(message!.html).toContain(`<a href="${link}">`);
    expect(message!.headers['list-unsubscribe']).toBeUndefined();

    // The redelivery queued nothing more; the log names the trainee by key, their address and code sealed
    await eventually(async () =>
      expect(await logged('trainee:t1')).toMatchObject([
        { template: 'certificate-issued', category: 'training', status: 'sent' },
      ]),
    );
    const [delivery] = await logged('trainee:t1');
    expect(JSON.stringify(delivery)).not.toContain('t1@trainee.example.org');
    expect(JSON.stringify(delivery)).not.toContain('K7QMT1XXXX');
  });

  it('sends nothing to a trainee who gave no address, nor for their revoked certificate', async () => {
    const issued = certificate('t2');
    delete issued.data.email;
    const later = certificate('t3');
    // t3's events share t2's key, so come after them: once t3's are mailed, t2's were handled
    await publishEvents(CertificateIssued, [issued, { ...later, subject: issued.subject }]);
    await eventually(async () => expect(mail.to('t3@trainee.example.org')).toHaveLength(1));
    await publishEvents(CertificateRevoked, [
      revocation(issued),
      { ...revocation(later), subject: issued.subject },
    ]);
    await eventually(async () => expect(mail.to('t3@trainee.example.org')).toHaveLength(2));
    expect(await logged('trainee:t2')).toEqual([]);
  });

  it('tells a trainee their certificate is revoked, at the address their certificate brought, once', async () => {
    const [revoked] = await publishEvents(CertificateRevoked, [revocation(certificate('t1'))]);
    await redeliver(CertificateRevoked, revoked!);
    // t1b's revocation on the same key comes after the redelivery: once it is mailed, that one was handled
    await publishEvents(CertificateRevoked, [
      { ...revocation(certificate('t1b')), subject: revoked!.subject },
    ]);
    await eventually(async () => expect(mail.to('t1b@trainee.example.org')).toHaveLength(2));
    expect(mail.to('t1@trainee.example.org')).toHaveLength(2);
    const message = mail.to('t1@trainee.example.org')[1]!;
    expect(message.subject).toBe('Your certificate is revoked: Training of Trainers: Mechatronics');
    expect(message.text).toContain('at IPRC Kigali has been revoked by the programme');
    const kinds = (await logged('trainee:t1')).map((d) => d.template).sort();
    expect(kinds).toEqual(['certificate-issued', 'certificate-revoked']);
  });

  it('keeps nothing readable of an erased trainee: a message for them is suppressed, not sent', async () => {
    const issued = certificate('t4');
    await publishEvents(CertificateIssued, [issued]);
    await eventually(async () => expect(mail.to('t4@trainee.example.org')).toHaveLength(1));
    await service.app.get(PersonalData).keys.destroy('trainee:t4');
    await publishEvents(CertificateRevoked, [revocation(issued)]);
    await eventually(async () =>
      expect((await logged('trainee:t4')).find((d) => d.template === 'certificate-revoked')).toMatchObject({
        status: 'suppressed',
        reason: 'erased',
      }),
    );
    expect(mail.to('t4@trainee.example.org')).toHaveLength(1);
  });

  it("mails the professional their certificate of service in their language, the course from the ToT's ToR", async () => {
    await publishContacts(contact('trainer-1', { locale: 'fr', opportunities: false }));
    await publishTors(tor('tor-t1', { title: 'Mechatronics lead trainer' }));
    await publishEvents(TotOpened, [
      {
        subject: ref.totId,
        data: { ...ref, torId: 'tor-t1', period: { start: '2027-03-01', end: '2027-06-30' } },
      },
    ]);
    const known = service.app.get(Known);
    await eventually(async () =>
      expect(await known.certificateFacts({ ...ref, certificateId: 'none' })).toMatchObject({
        course: 'Mechatronics lead trainer',
      }),
    );
    // An issued event without the course (from a producer older than the field) names it by the ToR
    const issued = certificate('trainer-1', { kind: 'service' });
    delete issued.data.email;
    delete issued.data.course;
    await publishEvents(CertificateIssued, [issued]);
    await eventually(async () => expect(mail.to('trainer-1@example.org')).toHaveLength(1));
    const [message] = mail.to('trainer-1@example.org');
    expect(message!.subject).toBe('Votre certificat : Mechatronics lead trainer');
    expect(message!.text).toContain('Bonjour Ada-trainer-1,');
    expect(message!.text).toContain(`${publicUrl}/certificate?code=K7QMTRAINER-1`);
    expect(await logged('trainee:trainer-1')).toEqual([]);
  });

  it('tells the professional their sessions are cancelled with the placement, once', async () => {
    const [cancelled] = await publishEvents(TotCancelled, [
      { subject: ref.totId, data: { ...ref, sessionsCancelled: 4 } },
    ]);
    await redeliver(TotCancelled, cancelled!);
    // Another ToT of theirs cancelled on the same key, after the redelivery: two messages, not three
    await publishEvents(TotCancelled, [
      { subject: ref.totId, data: { ...ref, totId: 'pl-t2', iprc: 'HYE', sessionsCancelled: 0 } },
    ]);
    const cancellations = () =>
      mail.to('trainer-1@example.org').filter((m) => m.subject.includes('annulées'));
    await eventually(async () => expect(cancellations()).toHaveLength(2));
    const message = cancellations().find((m) => m.text.includes('(4)'))!;
    expect(message.subject).toBe('Vos séances de formation à IPRC Kigali sont annulées');
    expect(message.text).toContain("les séances qui n'ont pas encore eu lieu (4) n'auront pas lieu");
    expect(message.text).toContain(`${publicUrl}/my-profile`);
    const logged$ = (await logged('member:trainer-1')).filter((d) => d.template === 'tot-cancelled');
    expect(logged$).toHaveLength(2);
  });
});

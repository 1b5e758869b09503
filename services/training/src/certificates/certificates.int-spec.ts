import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import {
  AssessmentCompleted,
  CertificateIssued,
  type CertificateIssuedV1,
  CertificateRevoked,
  PlacementCompleted,
} from '@ikiraro/contracts';
import { isSealed } from '@ikiraro/messaging';
import {
  eventually,
  probeTopic,
  publishEvents,
  redeliver,
  type ServiceUnderTest,
  startService,
  tokenFor,
  type Who,
} from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';
import { enrol, focal, inDays, openTot, pm, sessionPlan, trainer } from '../training.testing.ts';
import { qrOf } from './certificate-pdf.ts';
import { readPdf } from '@ikiraro/testing';

const PUBLIC_URL = 'https://ikiraro.example.org';

describe('certificates', () => {
  let service: ServiceUnderTest;
  let issuedProbe: Awaited<ReturnType<typeof probeTopic>>;
  let revokedProbe: Awaited<ReturnType<typeof probeTopic>>;
  let closedProbe: Awaited<ReturnType<typeof probeTopic>>;
  let totId: string;
  const memberId = 'mc1';
  const runner = trainer(memberId);
  /** Trainee's first name → id and personal code. */
  let trainees: Record<'Aline' | 'Bosco' | 'Chantal', { id: string; code: string }>;

  beforeAll(async () => {
    process.env.PUBLIC_URL = PUBLIC_URL;
    service = await startService(AppModule);
    const topic = (t: string) => `${process.env.KAFKA_TOPIC_PREFIX}${t}`;
    [issuedProbe, revokedProbe, closedProbe] = await Promise.all([
      probeTopic(topic(CertificateIssued.topic)),
      probeTopic(topic(CertificateRevoked.topic)),
      probeTopic(topic(AssessmentCompleted.topic)),
    ]);
    totId = await openTot(service, memberId);
  });
  afterAll(async () => {
    await Promise.all([issuedProbe?.stop(), revokedProbe?.stop(), closedProbe?.stop()]);
    await service?.close();
  });

  const as = (who: Who) => ({ as: who });
  const ok = async (method: string, path: string, body: unknown, who: Who = runner) => {
    const res = await service.request(method, path, body, as(who));
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const fetchPdf = async (path: string, headers: Record<string, string>) => {
    const res = await fetch(`${service.url}${path}`, { headers });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  const issuedTo = (holderId: string) =>
    issuedProbe.events.filter((e) => (e.data as CertificateIssuedV1).holderId === holderId);

  /** Two held sessions, three trainees, their post-tests, and the course closed by the assessment. */
  async function runCourse() {
    trainees = await enrol(service, totId, runner, {
      Aline: { name: 'Aline Mukamana', sex: 'woman', email: 'aline@example.org' },
      Bosco: { name: 'Bosco Habimana', sex: 'man' },
      Chantal: { name: 'Chantal Uwera', sex: 'woman' },
    });
    const [aline, bosco, chantal] = [trainees.Aline.id, trainees.Bosco.id, trainees.Chantal.id];
    const registers: Record<string, string>[] = [
      { [aline!]: 'present', [bosco!]: 'present', [chantal!]: 'present' },
      { [aline!]: 'late', [bosco!]: 'absent', [chantal!]: 'present' },
    ];
    for (const [i, marks] of registers.entries()) {
      const tot = await ok(
        'POST',
        `/tots/${totId}/sessions`,
        sessionPlan({ date: inDays(i - 1), topic: `Day ${i + 1}` }),
      );
      const session = tot.sessionList.find((s: { topic: string }) => s.topic === `Day ${i + 1}`);
      const marked = await ok('POST', `/tots/${totId}/sessions/${session.id}/marks`, {
        marks: Object.entries(marks).map(([traineeId, status]) => ({
          markId: randomUUID(),
          traineeId,
          status,
          markedAt: new Date().toISOString(),
        })),
      });
      expect(marked.refused).toEqual([]);
      await ok('POST', `/tots/${totId}/sessions/${session.id}/close`, undefined);
    }
    // Aline: every session, 80 %; Bosco: half the sessions (90 %); Chantal: every session, 40 %.
    await ok('PUT', `/tots/${totId}/assessment/post/scores`, {
      scores: [
        { traineeId: aline, score: 80 },
        { traineeId: bosco, score: 90 },
        { traineeId: chantal, score: 40 },
      ],
    });
    await ok('POST', `/tots/${totId}/close`, undefined);
  }

  it('certifies, when the course closes, only the trainees who met the thresholds, once however often it is delivered', async () => {
    await runCourse();
    const aline = trainees.Aline.id;
    const issued = await eventually(async () => {
      const [found] = issuedTo(aline);
      expect(found).toBeDefined();
      return found!;
    }, 30_000);
    expect(issued.data).toMatchObject({
      totId,
      kind: 'training',
      iprc: 'KGL',
      memberId,
      sex: 'woman',
      name: 'Aline Mukamana',
      email: 'aline@example.org',
      verificationCode: expect.stringMatching(/^[A-HJ-NP-Z2-9]{10}$/),
    });
    // Sealed as it travels: only entitled readers open the name and address.
    const raw = issuedProbe.raw.find((e) => e.id === issued.id)!.data as CertificateIssuedV1;
    expect(JSON.stringify(raw)).not.toContain('Mukamana');
    expect(JSON.stringify(raw)).not.toContain('aline@example.org');

    const [closed] = closedProbe.events.filter((e) => e.subject === totId);
    await redeliver(AssessmentCompleted, closed!);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a second certificate would be here by now
    expect(issuedTo(aline)).toHaveLength(1);
    expect(issuedTo(trainees.Bosco.id)).toHaveLength(0); // half the sessions
    expect(issuedTo(trainees.Chantal.id)).toHaveLength(0); // post-test below 60

    const list = await ok('GET', `/certificates?totId=${totId}`, undefined, focal('KGL'));
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: (issued.data as CertificateIssuedV1).certificateId,
      kind: 'training',
      status: 'valid',
      name: 'Aline Mukamana',
      course: 'Training of Trainers: Mechatronics trainer',
      period: { start: inDays(-1), end: inDays(0) },
      sessions: { attended: 2, held: 2 },
      postTestScore: 80,
      verifyUrl: `${PUBLIC_URL}/certificate?code=${(issued.data as CertificateIssuedV1).verificationCode}`,
    });
    const other = await service.request('GET', `/certificates?totId=${totId}`, undefined, as(focal('HYE')));
    expect(other.status).toBe(403);
    // Sealed at rest too, with the trainee's key (erasing them leaves no readable name).
    const stored = await service.app
      .get<Connection>(getConnectionToken())
      .db!.collection<{ aggregate: string; aggregateId: string; state: { name: unknown } }>('outbox')
      .findOne({ aggregate: 'certificate', aggregateId: list.items[0].id });
    expect(isSealed(stored!.state.name)).toBe(true);
  });

  it('prints the certificate as a PDF, for staff and for the trainee with their code', async () => {
    const [cert] = (await ok('GET', `/certificates?totId=${totId}`, undefined, pm)).items;
    const staff = await fetchPdf(`/certificates/${cert.id}/pdf`, {
      authorization: `Bearer ${await tokenFor(runner)}`,
    });
    expect(staff.res.status).toBe(200);
    expect(staff.res.headers.get('content-type')).toBe('application/pdf');
    expect(staff.res.headers.get('content-disposition')).toBe(
      `attachment; filename="training-certificate-${cert.verificationCode}.pdf"`,
    );
    const pdf = await readPdf(staff.bytes);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([842, 595]);
    for (const printed of [
      'Diaspora Engagement in Belgium and Germany to Support TVET in Rwanda',
      'Aline Mukamana',
      'Training of Trainers: Mechatronics trainer',
      'IPRC Kigali',
      'attending 2 of 2 sessions',
      cert.verificationCode,
    ])
      expect(pdf.text).toContain(printed);
    // The QR code's payload is checked before it is drawn; the same URL is the link on it.
    expect(pdf.links).toEqual([cert.verifyUrl]);
    expect(qrOf(cert.verifyUrl).payload).toBe(cert.verifyUrl);

    const own = await fetchPdf('/public/trainee/certificate/pdf', {
      'x-trainee-code': trainees.Aline.code,
    });
    expect(own.res.status).toBe(200);
    expect((await readPdf(own.bytes)).text).toContain(cert.verificationCode);
    const none = await service.request('GET', '/public/trainee/certificate/pdf', undefined, {
      headers: { 'x-trainee-code': trainees.Bosco.code },
    });
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('certificate.not_found');
  });

  it('verifies a code anonymously, showing only what is printed, then the revocation', async () => {
    const [cert] = (await ok('GET', `/certificates?totId=${totId}`, undefined, pm)).items;
    const typed = `${cert.verificationCode.slice(0, 5).toLowerCase()}-${cert.verificationCode.slice(5)}`;
    const valid = await service.request('GET', `/public/certificates/${typed}`);
    expect(valid.status).toBe(200);
    expect(valid.body).toEqual({
      status: 'valid',
      kind: 'training',
      name: 'Aline Mukamana',
      course: 'Training of Trainers: Mechatronics trainer',
      iprc: 'IPRC Kigali',
      period: { start: inDays(-1), end: inDays(0) },
      issuedOn: cert.issuedOn,
    });
    const unknown = await service.request('GET', '/public/certificates/AAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('certificate.not_found');

    const reason = 'Attendance of the second day was marked by mistake';
    const byTrainer = await service.request(
      'POST',
      `/certificates/${cert.id}/revoke`,
      { reason },
      as(runner),
    );
    expect(byTrainer.status).toBe(403);
    const short = await service.request(
      'POST',
      `/certificates/${cert.id}/revoke`,
      { reason: 'oops' },
      as(pm),
    );
    expect(short.status).toBe(400);
    const revoked = await service.request('POST', `/certificates/${cert.id}/revoke`, { reason }, as(pm));
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revocationReason: reason, revokedOn: inDays(0) });
    await eventually(async () => {
      expect(revokedProbe.events.filter((e) => e.subject === cert.id)).toHaveLength(1);
      expect(revokedProbe.events[0]!.data).toMatchObject({ certificateId: cert.id, kind: 'training', totId });
    });
    const again = await service.request('POST', `/certificates/${cert.id}/revoke`, { reason }, as(pm));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('certificate.revoked');

    const shown = await service.request('GET', `/public/certificates/${cert.verificationCode}`);
    expect(shown.body).toMatchObject({ status: 'revoked', revokedOn: inDays(0), revocationReason: reason });
  });

  it('gives the professional a certificate of service when their placement completes, once', async () => {
    const [completed] = await publishEvents(PlacementCompleted, [
      {
        subject: totId,
        data: {
          placementId: totId,
          applicationId: totId,
          torId: `tor-${memberId}`,
          memberId,
          iprc: 'KGL',
          completedOn: inDays(0),
          trainersTrained: 3,
          rating: 5,
        },
      },
    ]);
    const issued = await eventually(async () => {
      const [found] = issuedTo(memberId);
      expect(found).toBeDefined();
      return found!;
    }, 30_000);
    expect(issued.data).toMatchObject({
      kind: 'service',
      name: `Trainer ${memberId}`,
      sex: 'prefer-not-to-say',
    });
    await redeliver(PlacementCompleted, completed!);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(issuedTo(memberId)).toHaveLength(1);

    const { certificateId, verificationCode } = issued.data as CertificateIssuedV1;
    const page = await service.request('GET', `/public/certificates/${verificationCode}`);
    expect(page.body).toMatchObject({ status: 'valid', kind: 'service', name: `Trainer ${memberId}` });
    const { res, bytes } = await fetchPdf(`/certificates/${certificateId}/pdf`, {
      authorization: `Bearer ${await tokenFor(pm)}`,
    });
    expect(res.headers.get('content-disposition')).toContain('certificate-of-service-');
    const text = (await readPdf(bytes)).text;
    expect(text).toContain('Certificate of Service');
    expect(text).toContain(`Trainer ${memberId}`);
    expect(text).toContain('2 sessions held');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AssessmentCompleted,
  CascadeRecorded,
  CertificateIssued,
  type CertificateIssuedV1,
  CertificateRevoked,
  SessionHeld,
  TotCancelled,
  TotOpened,
} from '@ikiraro/contracts';
import { eventually, publishEvents, redeliver, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';

const tot = (totId: string, iprc: 'KGL' | 'HYE') => ({ totId, iprc, memberId: `m-${totId}` });
const period = { start: '2027-03-01', end: '2027-06-30' };
// All go under one key, so that each is handled after those before it (a redelivery included); each topic's
// last event counts where the others do not (HYE, or other numbers): once it shows, a double count would too.
const keyOf = (_iprc: string) => 'training';
const certificate = (
  id: string,
  sex: string,
  at = tot('tot-1', 'KGL'),
  kind: CertificateIssuedV1['kind'] = 'training',
) => ({
  subject: keyOf(at.iprc),
  data: {
    ...at,
    certificateId: id,
    kind,
    holderId: `h-${id}`,
    sex,
    verificationCode: `CODE${id.toUpperCase()}XX`,
    name: `Holder ${id}`,
  },
});
const revocation = ({ subject, data }: ReturnType<typeof certificate>) => ({
  subject,
  data: {
    ...tot(data.totId, data.iprc),
    certificateId: data.certificateId,
    kind: data.kind,
    holderId: data.holderId,
  },
});

describe('training figures', () => {
  let reporting: ServiceUnderTest;
  const figures = async () =>
    (await reporting.request('GET', '/figures/training', undefined, { as: 'twg-member' })).body;

  beforeAll(async () => {
    reporting = await startService(AppModule);
  });
  afterAll(() => reporting.close());

  it('counts ToTs, sessions and attendances, the cascade and learning gain per IPRC, each event once', async () => {
    const opened = await publishEvents(TotOpened, [
      { subject: keyOf('KGL'), data: { ...tot('tot-1', 'KGL'), torId: 'tor-1', period } },
    ]);
    await redeliver(TotOpened, opened[0]!);
    await publishEvents(TotOpened, [
      { subject: keyOf('KGL'), data: { ...tot('tot-2', 'KGL'), torId: 'tor-2', period } },
      { subject: keyOf('HYE'), data: { ...tot('tot-3', 'HYE'), torId: 'tor-3', period } },
    ]);
    await publishEvents(TotCancelled, [
      { subject: keyOf('KGL'), data: { ...tot('tot-2', 'KGL'), sessionsCancelled: 3 } },
    ]);

    const held = (sessionId: string, at: ReturnType<typeof tot>, woman: number, man: number) => ({
      subject: keyOf(at.iprc),
      data: {
        ...at,
        sessionId,
        date: '2027-03-10',
        enrolled: 12,
        attended: [
          { sex: 'woman', count: woman },
          { sex: 'man', count: man },
        ],
      },
    });
    const [first] = await publishEvents(SessionHeld, [held('s1', tot('tot-1', 'KGL'), 5, 3)]);
    await redeliver(SessionHeld, first!);
    await publishEvents(SessionHeld, [
      held('s2', tot('tot-1', 'KGL'), 4, 3),
      held('s3', tot('tot-3', 'HYE'), 2, 6),
    ]);

    const cascade = (cascadeId: string, woman: number, man: number) => ({
      subject: keyOf('KGL'),
      data: {
        ...tot('tot-1', 'KGL'),
        cascadeId,
        traineeId: 'h-c1',
        date: '2027-05-02',
        subject: 'PLC basics',
        students: [
          { sex: 'woman', count: woman },
          { sex: 'man', count: man },
        ],
      },
    });
    const [taught] = await publishEvents(CascadeRecorded, [cascade('k1', 12, 10)]);
    await redeliver(CascadeRecorded, taught!);
    await publishEvents(CascadeRecorded, [cascade('k2', 3, 0)]);

    const assessed = (at: ReturnType<typeof tot>, gain?: number) => ({
      subject: keyOf(at.iprc),
      data: {
        ...at,
        cohort: gain === undefined ? { trainees: 0 } : { trainees: 10, pre: 40, post: 40 + 60 * gain, gain },
        bySex: [],
      },
    });
    const [gained] = await publishEvents(AssessmentCompleted, [assessed(tot('tot-1', 'KGL'), 0.5)]);
    await redeliver(AssessmentCompleted, gained!);
    await publishEvents(AssessmentCompleted, [
      assessed(tot('tot-4', 'KGL'), 0.3),
      assessed(tot('tot-3', 'HYE')),
    ]);

    await eventually(async () =>
      expect(await figures()).toMatchObject({
        KGL: {
          totsOpened: 2,
          totsCancelled: 1,
          sessionsHeld: 2,
          attendancesBySex: { woman: 9, man: 6 },
          cascadeSessions: 2,
          studentsReachedBySex: { woman: 15, man: 10 },
          learningGainByTot: {
            'tot-1': { trainees: 10, pre: 40, post: 70, gain: 0.5 },
            'tot-4': { trainees: 10, gain: 0.3 },
          },
          meanGain: 0.4,
        },
        HYE: {
          totsOpened: 1,
          totsCancelled: 0,
          sessionsHeld: 1,
          attendancesBySex: { woman: 2, man: 6 },
          learningGainByTot: { 'tot-3': { trainees: 0 } },
          meanGain: null,
        },
        MSZ: { totsOpened: 0, sessionsHeld: 0, attendancesBySex: {}, meanGain: null },
      }),
    );
  });

  it('counts trainers trained by sex as certificates issued less those revoked, once, whatever comes first', async () => {
    const c1 = certificate('c1', 'woman');
    const [issued] = await publishEvents(CertificateIssued, [c1]);
    await redeliver(CertificateIssued, issued!);
    const c2 = certificate('c2', 'woman');
    const s1 = certificate('s1', 'man', tot('tot-1', 'KGL'), 'service');
    await publishEvents(CertificateIssued, [
      c2,
      certificate('c3', 'man'),
      certificate('c4', 'woman', tot('tot-3', 'HYE')),
      s1,
    ]);
    const trained = async (iprc: string) => {
      const { trainersTrained, trainersTrainedBySex, certificatesOfService } = (await figures())[iprc];
      return { trainersTrained, trainersTrainedBySex, certificatesOfService };
    };
    await eventually(async () => {
      expect(await trained('KGL')).toEqual({
        trainersTrained: 3,
        trainersTrainedBySex: { woman: 2, man: 1 },
        certificatesOfService: 1,
      });
      expect(await trained('HYE')).toEqual({
        trainersTrained: 1,
        trainersTrainedBySex: { woman: 1 },
        certificatesOfService: 0,
      });
    });

    // A revocation lowers the count (a redelivered one, once); c5's revocation comes before its issue
    const c5 = certificate('c5', 'woman');
    const [, c2Revoked] = await publishEvents(CertificateRevoked, [revocation(c5), revocation(c2)]);
    await redeliver(CertificateRevoked, c2Revoked!);
    await publishEvents(CertificateRevoked, [revocation(s1)]);
    await eventually(async () =>
      expect(await trained('KGL')).toEqual({
        trainersTrained: 2,
        trainersTrainedBySex: { woman: 1, man: 1 },
        certificatesOfService: 0,
      }),
    );

    // c5's issue, after its revocation, counts nothing; c6 after it does
    await publishEvents(CertificateIssued, [c5, certificate('c6', 'man')]);
    await eventually(async () =>
      expect(await trained('KGL')).toEqual({
        trainersTrained: 3,
        trainersTrainedBySex: { woman: 1, man: 2 },
        certificatesOfService: 0,
      }),
    );
  });
});

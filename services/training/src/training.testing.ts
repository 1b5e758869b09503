import { expect } from '@jest/globals';
import { PlacementAccepted, TorPublished } from '@ikiraro/contracts';
import { eventually, publishEvents, type ServiceUnderTest, type Who } from '@ikiraro/testing';

/** What training's tests share: callers in each role, and a ToT opened as placement opens it. */
const DAY = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

export const pm = { id: 'pm-1', name: 'Pat Manager', roles: ['programme-manager' as const] };
export const auditor = { id: 'au-1', name: 'Ann Auditor', roles: ['auditor' as const] };
export const focal = (iprc: string) => ({
  id: `fp-${iprc}`,
  name: `Focal ${iprc}`,
  email: `focal.${iprc}@example.org`,
  roles: ['iprc-focal-point' as const],
  iprc,
});
/** The professional's trainer account: the gateway gives it the address of the accepted placement. */
export const trainer = (memberId: string, iprc = 'KGL') => ({
  id: `acc-${memberId}`,
  name: `Trainer ${memberId}`,
  email: `${memberId}@example.org`,
  roles: ['trainer' as const],
  iprc,
});

/** Publishes the acceptance of a placement of `memberId` (started yesterday, 60 days): the event as sent. */
export async function acceptPlacement(memberId: string, iprc = 'KGL') {
  const placementId = `app-${memberId}`;
  const torId = `tor-${memberId}`;
  await publishEvents(TorPublished, [
    {
      subject: torId,
      data: {
        torId,
        iprc,
        subject: 'Mechatronics',
        title: 'Mechatronics trainer',
        experts: 1,
        period: { start: inDays(-1), end: inDays(59) },
        durationMonths: 2,
      },
    },
  ]);
  const [accepted] = await publishEvents(PlacementAccepted, [
    {
      subject: placementId,
      data: {
        placementId,
        applicationId: placementId,
        torId,
        memberId,
        iprc,
        period: { start: inDays(-1), end: inDays(59) },
        email: `${memberId}@example.org`,
        name: `Trainer ${memberId}`,
      },
    },
  ]);
  return accepted!;
}

/** A placement of `memberId` accepted, and its ToT opened: the ToT's id. */
export async function openTot(service: ServiceUnderTest, memberId: string, iprc = 'KGL'): Promise<string> {
  const placementId = (await acceptPlacement(memberId, iprc)).subject;
  await eventually(async () => {
    const got = await service.request('GET', `/tots/${placementId}`, undefined, { as: pm });
    expect(got.status).toBe(200);
  }, 30_000);
  return placementId;
}

/** A session today (by default) from 09:00 to 12:00. */
export const sessionPlan = (
  change: Partial<Record<'date' | 'start' | 'end' | 'room' | 'topic', string>> = {},
) => ({
  date: inDays(0),
  start: '09:00',
  end: '12:00',
  room: 'Workshop B2',
  topic: 'PLC basics',
  ...change,
});

export const traineeCsv = (rows: string[]) =>
  Buffer.from(['name,sex,role,department,email,phone', ...rows].join('\n') + '\n');

type Enrolment = {
  name: string;
  sex: 'woman' | 'man';
  role?: 'teacher' | 'student';
  department?: string;
  email?: string;
};

/** Enrols trainees in a ToT by hand (a teacher in Mechatronics unless said), each checked: their ids and codes. */
export async function enrol<K extends string>(
  service: ServiceUnderTest,
  totId: string,
  as: Who,
  people: Record<K, Enrolment>,
): Promise<Record<K, { id: string; code: string }>> {
  const enrolled = {} as Record<K, { id: string; code: string }>;
  for (const [key, person] of Object.entries<Enrolment>(people)) {
    const body = { role: 'teacher', department: 'Mechatronics', ...person };
    const res = await service.request('POST', `/tots/${totId}/trainees`, body, { as });
    expect(res.status).toBe(201);
    enrolled[key as K] = { id: res.body.id, code: res.body.code };
  }
  return enrolled;
}

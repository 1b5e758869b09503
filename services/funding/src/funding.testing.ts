import { createHash } from 'node:crypto';
import { expect } from '@jest/globals';
import { CertificateIssued, PlacementAccepted } from '@ikiraro/contracts';
import { eventually, probeTopic, publishEvents, type ServiceUnderTest } from '@ikiraro/testing';
import { fundingTokens } from './funding-tokens.ts';

/** What funding's tests share: callers in each role, a finished ToT as training and placement announce it, calls. */
const DAY = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
export const dateInDays = (days: number) => inDays(days).slice(0, 10);

export type Probe = Awaited<ReturnType<typeof probeTopic>>;
/** Every event on the topic of `contract` (under this test file's prefix), from the beginning. */
export const probeOf = (contract: { topic: string }) =>
  probeTopic(`${process.env.KAFKA_TOPIC_PREFIX ?? ''}${contract.topic}`);
/** Events of one type about one call (the call's events share a topic). */
export const ofCall = (probe: Probe, type: { type: string }, callId: string) =>
  probe.events.filter((e) => e.type === type.type && (e.data as { callId?: string }).callId === callId);

export const pm = {
  id: 'pm-1',
  name: 'Pat Manager',
  email: 'pm@example.org',
  roles: ['programme-manager' as const],
};
export const auditor = {
  id: 'au-1',
  name: 'Ann Auditor',
  email: 'au@example.org',
  roles: ['auditor' as const],
};
/** A TWG member (a reviewer); a committee names them by this account id. */
export const twgMember = (id: string) => ({
  id,
  name: `Member ${id}`,
  email: `${id}@example.org`,
  roles: ['twg-member' as const],
});
/** An investor's account (its id is the investor's id). */
export const investor = (email: string) => ({
  id: `inv-${createHash('sha256').update(email).digest('hex').slice(0, 12)}`,
  name: `Investor ${email}`,
  email,
  roles: ['investor' as const],
});

export interface Trainee {
  id: string;
  name: string;
  sex: 'woman' | 'man';
  email?: string;
}

/**
 * A finished ToT `totId` (also its placement's id) at `iprc`: its trainer's placement accepted (member
 * `trainer-<totId>`) and a training certificate for each trainee, published as placement and training send them.
 */
export async function finishCohort(totId: string, iprc: string, trainees: Trainee[]) {
  const memberId = `trainer-${totId}`;
  const [accepted] = await publishEvents(PlacementAccepted, [
    {
      subject: totId,
      data: {
        placementId: totId,
        applicationId: totId,
        torId: `tor-${totId}`,
        memberId,
        iprc,
        period: { start: dateInDays(-90), end: dateInDays(-30) },
        email: `${memberId}@example.org`,
        name: `Trainer ${totId}`,
      },
    },
  ]);
  const certificates = await publishEvents(
    CertificateIssued,
    trainees.map((t) => ({
      subject: `cert-${t.id}`,
      data: {
        totId,
        iprc,
        memberId,
        certificateId: `cert-${t.id}`,
        kind: 'training' as const,
        holderId: t.id,
        sex: t.sex,
        verificationCode: `V${t.id}`.padEnd(8, '0').slice(0, 20),
        name: t.name,
        ...(t.email ? { email: t.email } : {}),
      },
    })),
  );
  return { memberId, accepted: accepted!, certificates };
}

/** Two trainees (one without an e-mail address) of a ToT: the usual team. */
export const twoTrainees = (totId: string): Trainee[] => [
  { id: `${totId}-t1`, name: 'Alice Mukamana', sex: 'woman', email: `alice.${totId}@example.org` },
  { id: `${totId}-t2`, name: 'Eric Habimana', sex: 'man' },
];

/** A valid body of `POST /calls` (deadline in 30 days, rounds after it), the rest left to the defaults. */
export const callDraft = (overrides: Record<string, unknown> = {}) => ({
  title: 'Pilot projects 2027',
  description: 'Pilot projects of the trainees of the 2026 ToTs.',
  deadline: inDays(30),
  rounds: { qualifyingEnds: dateInDays(40), scoringEnds: dateInDays(50) },
  fund: { amount: 50_000, currency: 'EUR' },
  ceiling: 10_000,
  ...overrides,
});

/** Waits until the service knows each of `totIds` as a finished cohort (GET /cohorts). */
export async function cohortsKnown(service: ServiceUnderTest, totIds: string[]) {
  await eventually(async () => {
    const res = await service.request('GET', '/cohorts', undefined, { as: pm });
    expect(res.status).toBe(200);
    const known = (res.body.items as { totId: string }[]).map((c) => c.totId);
    expect(known).toEqual(expect.arrayContaining(totIds));
  }, 30_000);
}

/** A call drafted and opened over the API once `totIds` are known cohorts: the opened call's view. */
export async function openCall(
  service: ServiceUnderTest,
  totIds: string[],
  overrides: Record<string, unknown> = {},
) {
  await cohortsKnown(service, totIds);
  const draft = await service.request('POST', '/calls', callDraft(overrides), { as: pm });
  expect(draft.status).toBe(201);
  const opened = await service.request('POST', `/calls/${draft.body.id}/open`, undefined, { as: pm });
  expect(opened.status).toBe(200);
  return opened.body;
}

/** An invitation's id: one per person per call. */
export { invitationIdOf } from './calls/invitation.ts';

/** The token of an invitation's link, signed as the service signs it (the run's PERSONAL_DATA_KEY). */
export const invitationToken = (invitationId: string) =>
  fundingTokens(process.env.PERSONAL_DATA_KEY!).sign(invitationId);

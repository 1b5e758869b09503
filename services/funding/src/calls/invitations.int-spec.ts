import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CallOpened,
  CertificateIssued,
  type EventEnvelope,
  InvitationIssued,
  PlacementAccepted,
} from '@ikiraro/contracts';
import { eventually, publishEvents, redeliver, type ServiceUnderTest, startService } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';
import {
  auditor,
  ofCall,
  type Probe,
  probeOf,
  cohortsKnown,
  finishCohort,
  invitationIdOf,
  invitationToken,
  openCall,
  pm,
  twoTrainees,
} from '../funding.testing.ts';
import { DEFAULT_RUBRIC } from './call.rules.ts';

describe('invitations: the teams of finished ToTs invited to open calls', () => {
  let service: ServiceUnderTest;
  /** The calls topic (opened, invitation-issued, closed). */
  let probe: Probe;
  let callId: string;
  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeOf(CallOpened);
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.close();
  });

  it('opens a call: call.opened, and one invitation per person of each finished ToT, sealed on the wire', async () => {
    await finishCohort('tot-a', 'KGL', twoTrainees('tot-a'));
    await cohortsKnown(service, ['tot-a']);
    const cohorts = await service.request('GET', '/cohorts', undefined, { as: auditor });
    expect(cohorts.body.items).toEqual([
      {
        totId: 'tot-a',
        iprc: 'KGL',
        trainer: 'Trainer tot-a',
        trainees: 2,
        bySex: [
          { sex: 'man', count: 1 },
          { sex: 'woman', count: 1 },
        ],
        certifiedAt: expect.any(String),
      },
    ]);
    const call = await openCall(service, ['tot-a']);
    callId = call.id;
    expect(call).toMatchObject({ status: 'open', totIds: ['tot-a'], tots: 1, openedAt: expect.any(String) });
    await eventually(async () => {
      expect(ofCall(probe, CallOpened, callId).map((e) => e.data)).toEqual([
        {
          callId,
          title: 'Pilot projects 2027',
          deadline: call.deadline,
          fund: { amount: 50_000, currency: 'EUR' },
          ceiling: 10_000,
          awards: 10,
          totIds: ['tot-a'],
        },
      ]);
      expect(ofCall(probe, InvitationIssued, callId)).toHaveLength(3);
    });
    const byPerson = Object.fromEntries(
      ofCall(probe, InvitationIssued, callId).map((e) => [(e.data as { personId: string }).personId, e]),
    );
    expect(byPerson['tot-a-t1']!.data).toEqual({
      invitationId: invitationIdOf(callId, 'tot-a-t1'),
      callId,
      callTitle: 'Pilot projects 2027',
      deadline: call.deadline,
      totId: 'tot-a',
      iprc: 'KGL',
      role: 'trainee',
      personId: 'tot-a-t1',
      name: 'Alice Mukamana',
      email: 'alice.tot-a@example.org',
      token: invitationToken(invitationIdOf(callId, 'tot-a-t1')),
    });
    expect(byPerson['tot-a-t2']!.data).not.toHaveProperty('email');
    expect(byPerson['trainer-tot-a']!.data).toMatchObject({ role: 'trainer', name: 'Trainer tot-a' });
    const raw = probe.raw.find((e) => e.id === byPerson['tot-a-t1']!.id)!;
    expect(JSON.stringify(raw.data)).not.toContain('Alice');
    expect(JSON.stringify(raw.data)).not.toContain(invitationToken(invitationIdOf(callId, 'tot-a-t1')));

    await eventually(async () => {
      const list = await service.request('GET', `/calls/${callId}/invitations`, undefined, { as: pm });
      expect(list.status).toBe(200);
      expect(list.body).toEqual({
        callId,
        tots: [
          {
            totId: 'tot-a',
            iprc: 'KGL',
            people: expect.arrayContaining([
              {
                invitationId: invitationIdOf(callId, 'tot-a-t1'),
                role: 'trainee',
                personId: 'tot-a-t1',
                name: 'Alice Mukamana',
                mailed: true,
              },
              {
                invitationId: invitationIdOf(callId, 'tot-a-t2'),
                role: 'trainee',
                personId: 'tot-a-t2',
                name: 'Eric Habimana',
                mailed: false,
              },
              {
                invitationId: invitationIdOf(callId, 'trainer-tot-a'),
                role: 'trainer',
                personId: 'trainer-tot-a',
                name: 'Trainer tot-a',
                mailed: true,
              },
            ]),
          },
        ],
      });
      expect(list.body.tots[0].people).toHaveLength(3);
    });
    const again = await service.request('POST', `/calls/${callId}/open`, undefined, { as: pm });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('funding.call.not_draft');
    const patch = await service.request('PATCH', `/calls/${callId}`, { title: 'Late change' }, { as: pm });
    expect(patch.status).toBe(409);
    expect(patch.body.code).toBe('funding.call.not_draft');
  });

  it('invites a ToT finishing while the call is open, once, whatever the redeliveries', async () => {
    const { accepted, certificates } = await finishCohort('tot-b', 'HYE', [
      { id: 'tot-b-t1', name: 'Grace Uwase', sex: 'woman', email: 'grace@example.org' },
    ]);
    const people = ['tot-b-t1', 'trainer-tot-b'];
    const invitedOf = (personId: string) =>
      ofCall(probe, InvitationIssued, callId).filter(
        (e: EventEnvelope) => (e.data as { personId: string }).personId === personId,
      );
    await eventually(async () => people.forEach((p) => expect(invitedOf(p)).toHaveLength(1)), 30_000);
    await redeliver(CertificateIssued, certificates[0]!);
    await redeliver(PlacementAccepted, accepted);
    // A later certificate under the same key comes after the redelivery: once it is handled, so was that.
    await publishEvents(CertificateIssued, [
      {
        subject: certificates[0]!.subject,
        data: {
          totId: 'tot-b',
          iprc: 'HYE',
          memberId: 'trainer-tot-b',
          certificateId: 'cert-tot-b-t9',
          kind: 'training',
          holderId: 'tot-b-t9',
          sex: 'man',
          verificationCode: 'VTOTBT90',
          name: 'Jean Bosco',
        },
      },
    ]);
    await eventually(async () => expect(invitedOf('tot-b-t9')).toHaveLength(1), 30_000);
    people.forEach((p) => expect(invitedOf(p)).toHaveLength(1));
    const call = await service.request('GET', `/calls/${callId}`, undefined, { as: pm });
    expect(call.body.totIds).toEqual(['tot-a', 'tot-b']);
  });

  it("shows a team its call and its team by the invitation's token, and refuses a link it did not sign", async () => {
    const token = invitationToken(invitationIdOf(callId, 'tot-a-t2'));
    const res = await service.request('GET', '/public/invitation', undefined, {
      headers: { 'x-invitation-token': token },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      call: {
        id: callId,
        title: 'Pilot projects 2027',
        ceiling: 10_000,
        currency: 'EUR',
        rubric: DEFAULT_RUBRIC,
      },
      invitee: { role: 'trainee', name: 'Eric Habimana' },
    });
    expect(res.body.team).toEqual(
      expect.arrayContaining([
        { role: 'trainee', name: 'Alice Mukamana' },
        { role: 'trainee', name: 'Eric Habimana' },
        { role: 'trainer', name: 'Trainer tot-a' },
      ]),
    );
    expect(res.body.team).toHaveLength(3);
    const refusedHeaders: Record<string, string>[] = [
      {},
      { 'x-invitation-token': 'forged-token-of-nobody-at-all' },
      { 'x-invitation-token': invitationToken('never-issued') },
    ];
    for (const headers of refusedHeaders) {
      const refused = await service.request('GET', '/public/invitation', undefined, { headers });
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: 401,
        code: 'funding.invitation.invalid',
      });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FundingErasureReceipted, MemberErased, type ErasureReceiptedV1 } from '@ikiraro/contracts';
import {
  eventually,
  probeTopic,
  publishEvents,
  redeliver,
  type ServiceUnderTest,
  startService,
} from '@ikiraro/testing';
import { AggregateStore } from '@ikiraro/messaging';
import { AppModule } from '../app.module.ts';
import { finishCohort, openCall, pm, twoTrainees } from '../funding.testing.ts';

describe("a member's erasure in funding", () => {
  let service: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  beforeAll(async () => {
    service = await startService(AppModule);
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${FundingErasureReceipted.topic}`);
  });
  afterAll(async () => {
    await probe?.stop();
    await service?.close();
  });

  const receiptsOf = (memberId: string) =>
    probe.events
      .filter((e) => e.type === FundingErasureReceipted.type && e.subject === memberId)
      .map((e) => e.data as ErasureReceiptedV1);

  it("makes the trainer's invitation and cohort entry unreadable and answers one receipt saying so", async () => {
    const { memberId } = await finishCohort('tot-erased', 'KGL', twoTrainees('tot-erased'));
    const call = await openCall(service, ['tot-erased'], { eligibility: { iprcs: ['KGL'] } });
    const invitees = async () => {
      const res = await service.request('GET', `/calls/${call.id}/invitations`, undefined, { as: pm });
      expect(res.status).toBe(200);
      return (res.body.tots as { totId: string; people: { role: string; name: string | null }[] }[]).find(
        (t) => t.totId === 'tot-erased',
      )!.people;
    };
    await eventually(async () =>
      expect((await invitees()).find((p) => p.role === 'trainer')?.name).toBe('Trainer tot-erased'),
    );

    const [erased] = await publishEvents(MemberErased, [
      { subject: memberId, data: { memberId, reason: 'request' } },
    ]);
    await eventually(async () => expect(receiptsOf(memberId)).toHaveLength(1), 30_000);
    expect(receiptsOf(memberId)[0]).toEqual({
      memberId,
      removed: ['1 invitation (name and e-mail)', '1 cohort entry (name and e-mail)'],
      erasedAt: expect.any(String),
    });
    const people = await invitees();
    expect(people.find((p) => p.role === 'trainer')?.name).toBeNull();
    expect(
      people
        .filter((p) => p.role === 'trainee')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Alice Mukamana', 'Eric Habimana']);
    const cohorts = await service.request('GET', '/cohorts', undefined, { as: pm });
    expect(cohorts.body.items).toContainEqual(
      expect.objectContaining({ totId: 'tot-erased', trainer: null }),
    );

    // The redelivery and a later erasure of the same member on the same partition, in order: the receipt keeps
    // one version per event seen and announces nothing again.
    const receipts = service.app.get(AggregateStore).of<{ removed: string[] }>('erasure');
    expect((await receipts.load(memberId))?.version).toBe(1);
    await redeliver(MemberErased, erased!);
    await publishEvents(MemberErased, [{ subject: memberId, data: { memberId, reason: 'request' } }]);
    await eventually(async () => expect((await receipts.load(memberId))?.version).toBe(2), 30_000);
    expect(receiptsOf(memberId)).toHaveLength(1);
  });

  it('answers "nothing held" for a member funding never knew', async () => {
    await publishEvents(MemberErased, [
      { subject: 'member-unknown', data: { memberId: 'member-unknown', reason: 'request' } },
    ]);
    await eventually(
      async () =>
        expect(receiptsOf('member-unknown')).toEqual([
          { memberId: 'member-unknown', removed: ['nothing held'], erasedAt: expect.any(String) },
        ]),
      30_000,
    );
  });
});

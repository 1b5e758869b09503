import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  FundingErasureReceipted,
  MemberContactUpdated,
  type MemberContactUpdatedV1,
  MemberErased,
  MentorPaired,
  type MentorPairedV1,
} from '@ikiraro/contracts';
import {
  eventually,
  expectInvalid,
  probeTopic,
  publishEvents,
  type ServiceUnderTest,
  startService,
} from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module.ts';
import { pm, twgMember } from '../funding.testing.ts';
import { awardedProposal } from './awards.testing.ts';

const contact = (
  memberId: string,
  mentoring: boolean | undefined,
  subjects: string[],
): MemberContactUpdatedV1 => ({
  memberId,
  email: `${memberId}@example.org`,
  firstName: `First ${memberId}`,
  lastName: 'Diaspora',
  locale: 'en',
  opportunities: true,
  subjects,
  ...(mentoring === undefined ? {} : { mentoring }),
});

describe('a diaspora mentor for a funded pilot', () => {
  let service: ServiceUnderTest;
  let paired: Awaited<ReturnType<typeof probeTopic>>;
  let receipts: Awaited<ReturnType<typeof probeTopic>>;
  beforeAll(async () => {
    service = await startService(AppModule);
    paired = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${MentorPaired.topic}`);
    receipts = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${FundingErasureReceipted.topic}`);
  });
  afterAll(async () => {
    await paired?.stop();
    await receipts?.stop();
    await service?.close();
  });

  const ours = ['mt-exact', 'mt-close', 'mt-none', 'mt-no', 'mt-withdrawn', 'mt-old'];
  const suggestions = async (id: string) => {
    const res = await service.request('GET', `/awards/${id}/mentors`, undefined, { as: pm });
    expect(res.status).toBe(200);
    return (res.body.items as { memberId: string }[]).filter((s) => ours.includes(s.memberId));
  };
  const pairedOf = (awardId: string) =>
    paired.events
      .filter((e) => e.type === MentorPaired.type && (e.data as MentorPairedV1).awardId === awardId)
      .map((e) => e.data as MentorPairedV1);

  it('suggests consenting members only, ranked with reasons; pairs one once, another only with a reason', async () => {
    await publishEvents(MemberContactUpdated, [
      { subject: 'mt-exact', data: contact('mt-exact', true, ['Renewable energy', 'Plumbing']) },
      { subject: 'mt-close', data: contact('mt-close', true, ['Solar energy systems']) },
      { subject: 'mt-none', data: contact('mt-none', true, ['Cooking']) },
      { subject: 'mt-no', data: contact('mt-no', false, ['Renewable energy']) },
      { subject: 'mt-old', data: contact('mt-old', undefined, ['Renewable energy']) },
      { subject: 'mt-withdrawn', data: contact('mt-withdrawn', true, ['Renewable energy']) },
    ]);
    await publishEvents(MemberContactUpdated, [
      { subject: 'mt-withdrawn', data: contact('mt-withdrawn', false, ['Renewable energy']) },
    ]);
    const { id } = await awardedProposal(service, 'call-mentor', 4_000, 4_000);
    await eventually(async () => {
      expect(await suggestions(id)).toEqual([
        {
          memberId: 'mt-exact',
          name: 'First mt-exact Diaspora',
          subjects: ['Renewable energy', 'Plumbing'],
          score: 3,
          reasons: ["Names the pilot's sector (Renewable energy) among their subjects"],
        },
        {
          memberId: 'mt-close',
          name: 'First mt-close Diaspora',
          subjects: ['Solar energy systems'],
          score: 1,
          reasons: ["A subject of theirs close to the pilot's sector (Renewable energy)"],
        },
        {
          memberId: 'mt-none',
          name: 'First mt-none Diaspora',
          subjects: ['Cooking'],
          score: 0,
          reasons: ['Consented to mentor; no subject of theirs matches Renewable energy'],
        },
      ]);
    }, 30_000);
    const stored = await service.app
      .get<Connection>(getConnectionToken())
      .db!.collection('mentors')
      .findOne({ _id: 'mt-exact' as never });
    expect(stored).toMatchObject({ consented: true });
    expect(JSON.stringify(stored)).not.toMatch(/Diaspora|Plumbing|example\.org/);
    expect(
      await service.app
        .get<Connection>(getConnectionToken())
        .db!.collection('mentors')
        .countDocuments({ _id: { $in: ['mt-no', 'mt-old'] as never[] } }),
    ).toBe(0);
    const outsider = await service.request('GET', `/awards/${id}/mentors`, undefined, {
      as: twgMember('twg-off'),
    });
    expect(outsider.status).toBe(404);

    const refused = await service.request('POST', `/awards/${id}/mentor`, { memberId: 'mt-no' }, { as: pm });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('funding.mentor.not_candidate');
    const withdrawn = await service.request(
      'POST',
      `/awards/${id}/mentor`,
      { memberId: 'mt-withdrawn' },
      { as: pm },
    );
    expect(withdrawn.body.code).toBe('funding.mentor.not_candidate');
    expectInvalid(await service.request('POST', `/awards/${id}/mentor`, {}, { as: pm }), 'memberId');

    const first = await service.request('POST', `/awards/${id}/mentor`, { memberId: 'mt-exact' }, { as: pm });
    expect(first.status).toBe(200);
    expect(first.body.mentor).toMatchObject({
      memberId: 'mt-exact',
      name: 'First mt-exact Diaspora',
      reasons: [expect.stringContaining('sector')],
    });
    const again = await service.request('POST', `/awards/${id}/mentor`, { memberId: 'mt-exact' }, { as: pm });
    expect(again.status).toBe(200);
    const noReason = await service.request(
      'POST',
      `/awards/${id}/mentor`,
      { memberId: 'mt-close' },
      { as: pm },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('funding.mentor.reason_required');
    const changed = await service.request(
      'POST',
      `/awards/${id}/mentor`,
      { memberId: 'mt-close', reason: 'Mt-exact moved abroad' },
      { as: pm },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.mentor).toMatchObject({ memberId: 'mt-close', why: 'Mt-exact moved abroad' });

    await eventually(async () => expect(pairedOf(id)).toHaveLength(2), 30_000);
    expect(pairedOf(id)).toEqual([
      {
        awardId: id,
        callId: 'call-mentor',
        memberId: 'mt-exact',
        reasons: ["Names the pilot's sector (Renewable energy) among their subjects"],
      },
      {
        awardId: id,
        callId: 'call-mentor',
        memberId: 'mt-close',
        reasons: ["A subject of theirs close to the pilot's sector (Renewable energy)"],
      },
    ]);

    // An erased mentor: no candidate any more, and funding's receipt names their profile.
    await publishEvents(MemberErased, [
      { subject: 'mt-none', data: { memberId: 'mt-none', reason: 'request' } },
    ]);
    await eventually(async () => {
      const receipt = receipts.events.find(
        (e) => e.type === FundingErasureReceipted.type && e.subject === 'mt-none',
      );
      expect(receipt?.data).toEqual({
        memberId: 'mt-none',
        removed: ['1 mentor profile (name, e-mail, subjects)'],
        erasedAt: expect.any(String),
      });
    }, 30_000);
    expect((await suggestions(id)).map((s) => s.memberId)).toEqual(['mt-exact', 'mt-close']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  PlacementCancelled,
  PlacementDeclined,
  PlacementExpired,
  TorPlaceReleased,
  type EventEnvelope,
} from '@ikiraro/contracts';
import { eventually, probeTopic, publishEvents, redeliver } from '@ikiraro/testing';
import { v7 as uuidv7 } from 'uuid';
import { member, pm, scoresOf, startSelection, type TestMember } from '../applications/selection.testing.ts';
import { TOR_PLACES } from './review.service.ts';

describe('a placement that falls through', () => {
  const started = startSelection();
  const reviewer = { id: uuidv7(), name: 'Alice Uwase', roles: ['twg-member' as const] };
  let releases: Awaited<ReturnType<typeof probeTopic>>;

  beforeAll(async () => {
    releases = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${TorPlaceReleased.topic}`);
  });
  afterAll(() => releases.stop());

  const request = (method: string, path: string, body?: object) =>
    started.selection.request(method, path, body, { as: pm });
  const view = async (id: string) =>
    (await request('GET', `/applications/${id}`)).body as {
      status: string;
      trail: { action: string; by: { role: string }; detail?: object }[];
    };
  const decide = (id: string, outcome: string) =>
    request('POST', `/applications/${id}/decision`, { outcome, reason: `Decided ${outcome} by the panel.` });

  /** A ToR for one expert, published with a panel of one, and the applicants shortlisted on it. */
  async function shortlisted(...applicants: TestMember[]) {
    const torId = await started.steps.published({ experts: 1 }, { reviewers: [reviewer], blind: false });
    await started.steps.registered(...applicants);
    const ids: string[] = [];
    for (const applicant of applicants) {
      const id = await started.steps.apply(applicant, torId);
      await started.selection.request(
        'POST',
        `/applications/${id}/declaration`,
        { conflict: false },
        { as: reviewer },
      );
      await started.selection.request(
        'PUT',
        `/applications/${id}/scorecard`,
        { scores: scoresOf(4) },
        { as: reviewer },
      );
      expect((await request('POST', `/applications/${id}/shortlist`)).body).toMatchObject({
        status: 'shortlisted',
      });
      ids.push(id);
    }
    return { torId, ids };
  }

  const placementOf = (applicationId: string, torId: string, applicant: TestMember) => ({
    applicationId,
    torId,
    memberId: applicant.memberId,
    placementId: applicationId, // a placement's id is its application's
    iprc: 'KGL' as const,
  });
  const releasesOf = (applicationId: string) =>
    releases.events.filter(
      (e) =>
        e.type === TorPlaceReleased.type &&
        (e.data as { applicationId: string }).applicationId === applicationId,
    );

  it('withdraws the selected candidate, frees the place for the reserve and announces it once', async () => {
    const [first, second] = [member(), member()];
    const {
      torId,
      ids: [a, b],
    } = await shortlisted(first, second);
    expect((await decide(a!, 'selected')).body).toMatchObject({ status: 'selected' });
    expect((await decide(b!, 'reserve')).body).toMatchObject({ status: 'reserve' });
    expect((await decide(b!, 'selected')).body).toMatchObject({ status: 409, code: 'tor.filled' });

    const [declined] = await publishEvents(PlacementDeclined, [
      { subject: a!, data: placementOf(a!, torId, first) },
    ]);
    await eventually(async () => expect((await view(a!)).status).toBe('withdrawn'));
    expect((await view(a!)).trail.at(-1)).toMatchObject({
      action: 'placement-fell-through',
      by: { role: 'system' },
      detail: { cause: 'declined' },
    });
    await eventually(async () =>
      expect(releasesOf(a!).map((e) => e.data)).toEqual([
        { applicationId: a, torId, memberId: first.memberId, cause: 'declined' },
      ]),
    );
    expect((await decide(a!, 'selected')).body).toMatchObject({ status: 409, code: 'decision.not_allowed' });
    expect((await decide(b!, 'selected')).body).toMatchObject({ status: 'selected' });
    const placesOf = async (tor: string) =>
      (await started.steps.db().collection(TOR_PLACES).find({}).toArray()).filter((p) =>
        String(p._id).startsWith(`${tor}:`),
      );
    expect((await placesOf(torId)).map((p) => p.applicationId)).toEqual([b]);

    // The decline again, and a late expiry of the same placement: neither changes anything. Then a cancellation,
    // of another ToR's selected candidate, keyed like them: handled after them, so once it shows, they are done.
    const other = member();
    const {
      torId: otherTor,
      ids: [c],
    } = await shortlisted(other);
    expect((await decide(c!, 'selected')).body).toMatchObject({ status: 'selected' });
    await redeliver(PlacementDeclined, declined as EventEnvelope);
    await publishEvents(PlacementExpired, [{ subject: a!, data: placementOf(a!, torId, first) }]);
    await publishEvents(PlacementCancelled, [
      {
        subject: a!,
        data: {
          ...placementOf(c!, otherTor, other),
          reason: 'entry-refused' as const,
          stage: 'accepted' as const,
          logisticsStarted: false,
        },
      },
    ]);
    await eventually(async () => expect((await view(c!)).status).toBe('withdrawn'));
    const recorded = (
      await started.steps
        .db()
        .collection('outbox')
        .find({ aggregate: 'application', aggregateId: a })
        .toArray()
    ).flatMap((r) =>
      (r.events as { envelope: EventEnvelope }[]).filter((e) => e.envelope.type === TorPlaceReleased.type),
    );
    expect(recorded).toHaveLength(1);
    const trail = (await view(a!)).trail.filter((t) => t.action === 'placement-fell-through');
    expect(trail).toHaveLength(1);
    await eventually(async () =>
      expect(releasesOf(c!).map((e) => e.data)).toEqual([
        { applicationId: c, torId: otherTor, memberId: other.memberId, cause: 'cancelled' },
      ]),
    );
    expect(releasesOf(a!)).toHaveLength(1);
    // The other ToR's place is free again as well.
    expect(await placesOf(otherTor)).toEqual([]);
  });
});

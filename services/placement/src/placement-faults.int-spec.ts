import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CandidateSelected,
  MemberContactUpdated,
  PlacementAccepted,
  PlacementOffered,
  type PlacementOfferedV1,
} from '@ikiraro/contracts';
import {
  call,
  eventually,
  probeTopic,
  publishEvents,
  spawnService,
  type ServiceProcess,
} from '@ikiraro/testing';
import { addDays, dayOf } from './placements/placement.rules.ts';

// Placement is a real process, killed with SIGKILL twice: while it opens a batch of 40 placements (some offered,
// some not yet), and right after it answered 10 acceptances (stored, maybe not yet published). Started again each
// time, every placement must be offered exactly once and every acceptance announced exactly once: counted on the
// topic, by placement.
const members = Array.from({ length: 40 }, (_, i) => `fault-${String(i).padStart(2, '0')}`);
const start = addDays(dayOf(new Date()), 40);

describe('the placement saga, when placement is killed', () => {
  let service: ServiceProcess | undefined;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  // One event per decision: the relay may publish a change again after a kill (at least once, same event id,
  // which consumers take once), so copies of one id count once; a second decision would have another id.
  const ofType = (type: string) => [
    ...new Map(probe.events.filter((e) => e.type === type).map((e) => [e.id, e])).values(),
  ];

  beforeAll(async () => {
    probe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${PlacementOffered.topic}`);
    service = await spawnService('placement', { EVENT_RETRY_INITIAL_MS: '50' });
  });
  afterAll(async () => {
    await service?.kill('SIGTERM');
    await probe.stop();
  });

  it('offers every selected candidate once and announces every acceptance once across crashes', async () => {
    await publishEvents(
      MemberContactUpdated,
      members.map((memberId) => ({
        subject: memberId,
        data: {
          memberId,
          email: `${memberId}@example.org`,
          firstName: 'Ada',
          lastName: memberId,
          locale: 'en',
          opportunities: false,
          subjects: ['Welding'],
        },
      })),
    );
    await publishEvents(
      CandidateSelected,
      members.map((memberId) => ({
        subject: `app-${memberId}`,
        data: {
          applicationId: `app-${memberId}`,
          torId: 'tor-faults',
          memberId,
          iprc: 'HYE',
          period: { start, end: addDays(start, 60) },
        },
      })),
    );
    await eventually(
      async () => expect(ofType(PlacementOffered.type).length).toBeGreaterThanOrEqual(1),
      60_000,
    );
    await service!.kill('SIGKILL');
    const beforeRestart = ofType(PlacementOffered.type).length;

    service = await spawnService('placement', { EVENT_RETRY_INITIAL_MS: '50' });
    await eventually(
      async () => expect(ofType(PlacementOffered.type).length).toBeGreaterThanOrEqual(40),
      90_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // a second offer would have come by now
    const offers = ofType(PlacementOffered.type);
    expect(offers.map((e) => e.subject).sort()).toEqual(members.map((m) => `app-${m}`));
    expect(beforeRestart).toBeLessThan(40); // the kill did cut the batch

    // Ten acceptances answered, then a kill before the relay may have published them all.
    const accepting = offers.slice(0, 10);
    for (const offer of accepting) {
      const { offerToken } = offer.data as PlacementOfferedV1;
      const answer = await call(
        `${service!.url}/public/offer/accept`,
        'POST',
        { passport: 'BE' },
        {
          headers: { 'x-offer-token': offerToken },
        },
      );
      expect(answer.status).toBe(200);
    }
    await service!.kill('SIGKILL');
    service = await spawnService('placement', { EVENT_RETRY_INITIAL_MS: '50' });
    await eventually(
      async () => expect(ofType(PlacementAccepted.type).length).toBeGreaterThanOrEqual(10),
      60_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(
      ofType(PlacementAccepted.type)
        .map((e) => e.subject)
        .sort(),
    ).toEqual(accepting.map((e) => e.subject).sort());
  }, 240_000);
});

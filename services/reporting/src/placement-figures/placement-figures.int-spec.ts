import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberErased, MemberRegistered, PlacementArrived, PlacementCompleted } from '@ikiraro/contracts';
import { eventually, publishEvents, redeliver, startService, type ServiceUnderTest } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';

const profile = (gender?: string) => ({
  countryOfResidence: 'BE',
  qualificationLevel: 'master',
  qualificationField: 'Mechatronics',
  yearsOfExperience: 9,
  languages: ['fr'],
  subjects: ['Mechatronics'],
  ...(gender ? { gender } : {}),
});
const ref = (memberId: string, iprc: string) => ({
  placementId: `app-${memberId}`,
  applicationId: `app-${memberId}`,
  torId: 'tor-1',
  memberId,
  iprc,
});

describe('placement figures', () => {
  let reporting: ServiceUnderTest;
  const figures = async () =>
    (await reporting.request('GET', '/figures/placements', undefined, { as: 'twg-member' })).body;

  beforeAll(async () => {
    reporting = await startService(AppModule);
  });
  afterAll(() => reporting.close());

  it('counts professionals engaged by sex and IPRC and placements completed, once per event, and keeps them after an erasure', async () => {
    await publishEvents(
      MemberRegistered,
      [
        ['w1', 'woman'],
        ['w2', 'woman'],
        ['m1', 'man'],
        ['n1', undefined],
      ].map(([memberId, gender]) => ({
        subject: memberId!,
        data: {
          memberId: memberId!,
          campaignId: 'c1',
          channel: 'event' as const,
          office: 'BE',
          profile: profile(gender),
          availability: [],
        },
      })),
    );
    await eventually(async () =>
      expect(
        (await reporting.request('GET', '/figures/members', undefined, { as: 'auditor' })).body.BE.registered,
      ).toBe(4),
    );
    const arrived = await publishEvents(PlacementArrived, [
      { subject: 'app-w1', data: { ...ref('w1', 'KGL'), arrivedOn: '2027-01-10' } },
      { subject: 'app-w2', data: { ...ref('w2', 'KGL'), arrivedOn: '2027-01-11' } },
      { subject: 'app-m1', data: { ...ref('m1', 'HYE'), arrivedOn: '2027-01-12' } },
      { subject: 'app-n1', data: { ...ref('n1', 'HYE'), arrivedOn: '2027-01-12' } },
    ]);
    await redeliver(PlacementArrived, arrived[0]!);
    const [completed] = await publishEvents(PlacementCompleted, [
      {
        subject: 'app-w1',
        data: { ...ref('w1', 'KGL'), completedOn: '2027-04-10', trainersTrained: 12, rating: 4 },
      },
    ]);
    await redeliver(PlacementCompleted, completed!);
    const expected = {
      KGL: { engaged: 2, engagedBySex: { woman: 2 }, completed: 1 },
      HYE: { engaged: 2, engagedBySex: { man: 1, 'not-stated': 1 }, completed: 0 },
      MSZ: { engaged: 0, engagedBySex: {}, completed: 0 },
    };
    await eventually(async () => expect(await figures()).toMatchObject(expected));
    await new Promise((resolve) => setTimeout(resolve, 500)); // a redelivery counted twice would show by now
    expect(await figures()).toMatchObject(expected);

    await publishEvents(MemberErased, [{ subject: 'w2', data: { memberId: 'w2', reason: 'request' } }]);
    await publishEvents(PlacementArrived, [
      {
        subject: 'app-w2b',
        data: {
          ...ref('w2', 'MSZ'),
          placementId: 'app-w2b',
          applicationId: 'app-w2b',
          arrivedOn: '2027-02-01',
        },
      },
    ]);
    // The counts stay; what is counted after the erasure no longer knows the gender
    await eventually(async () =>
      expect((await figures()).MSZ).toEqual({ engaged: 1, engagedBySex: { 'not-stated': 1 }, completed: 0 }),
    );
    expect((await figures()).KGL).toEqual(expected.KGL);
  });
});

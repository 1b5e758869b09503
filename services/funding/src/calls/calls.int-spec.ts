import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CallClosed, CallOpened } from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
import { eventually, type ServiceUnderTest, startService } from '@ikiraro/testing';
import { AppModule } from '../app.module.ts';
import {
  auditor,
  ofCall,
  type Probe,
  probeOf,
  callDraft,
  finishCohort,
  inDays,
  openCall,
  pm,
  twgMember,
  twoTrainees,
} from '../funding.testing.ts';
import { CALL, type Call } from './call.ts';
import { DEFAULT_ELIGIBILITY, DEFAULT_RUBRIC } from './call.rules.ts';

describe('calls: drafted, opened to the teams of finished ToTs, closed', () => {
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

  it("drafts a call with the programme's defaults, and will not open it before a ToT has finished", async () => {
    const res = await service.request('POST', '/calls', callDraft(), { as: pm });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Pilot projects 2027',
      status: 'draft',
      fund: { amount: 50_000, currency: 'EUR' },
      ceiling: 10_000,
      awards: 10,
      eligibility: DEFAULT_ELIGIBILITY,
      rubric: DEFAULT_RUBRIC,
      allocationRule: 'skip',
      committee: [],
      totIds: [],
      openedAt: null,
    });
    const got = await service.request('GET', `/calls/${res.body.id}`, undefined, { as: auditor });
    expect(got.body).toEqual(res.body);
    const refused = await service.request('POST', `/calls/${res.body.id}/open`, undefined, { as: pm });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('funding.call.no_cohort');
    expect((await service.request('GET', `/calls/${res.body.id}`, undefined, { as: pm })).body.status).toBe(
      'draft',
    );
  });

  it('refuses a bad rubric, fund, deadline or field, writing nothing', async () => {
    const weights = DEFAULT_RUBRIC.map((c) => ({ ...c, weight: 20 }));
    const twice = [
      { key: 'impact', label: 'Impact', weight: 50, max: 10 },
      { key: 'impact', label: 'Impact again', weight: 50, max: 10 },
    ];
    const cases: [Record<string, unknown>, number, string][] = [
      [{ rubric: weights }, 400, 'funding.call.rubric_weights'],
      [{ rubric: twice }, 400, 'funding.call.rubric_keys'],
      [{ ceiling: 60_000 }, 400, 'funding.call.ceiling_above_fund'],
      [{ deadline: inDays(-1) }, 400, 'funding.call.deadline_passed'],
      [
        { rounds: { qualifyingEnds: inDays(1).slice(0, 10), scoringEnds: inDays(50).slice(0, 10) } },
        400,
        'funding.call.rounds_order',
      ],
      [{ eligibility: { minTeam: 5, maxTeam: 3 } }, 400, 'funding.call.team_size'],
      [{ fund: { amount: 50_000, currency: 'USD' } }, 400, 'request.invalid'],
      [{ eligibility: { iprcs: ['NOWHERE'] } }, 400, 'request.invalid'],
      [{ deadline: 'next week' }, 400, 'request.invalid'],
      [{ secret: true }, 400, 'request.invalid'],
    ];
    for (const [change, status, code] of cases) {
      const res = await service.request(
        'POST',
        '/calls',
        callDraft({ ...change, title: `Refused ${code}` }),
        {
          as: pm,
        },
      );
      expect({ change, status: res.status, code: res.body.code }).toEqual({ change, status, code });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const twg = await service.request('POST', '/calls', callDraft(), { as: twgMember('twg-x') });
    expect(twg.status).toBe(403);
    const marker = await service.request('POST', '/calls', callDraft({ title: 'Marker' }), { as: pm });
    expect(marker.status).toBe(201);
    await eventually(async () => {
      const list = await service.request('GET', '/calls', undefined, { as: pm });
      const titles = list.body.items.map((c: { title: string }) => c.title);
      expect(titles).toContain('Marker');
      expect(titles.filter((t: string) => t.startsWith('Refused'))).toEqual([]);
    });
    const change = await service.request(
      'PATCH',
      `/calls/${marker.body.id}`,
      { ceiling: 90_000 },
      { as: pm },
    );
    expect(change.status).toBe(400);
    expect(change.body.code).toBe('funding.call.ceiling_above_fund');
    const fine = await service.request('PATCH', `/calls/${marker.body.id}`, { ceiling: 5_000 }, { as: pm });
    expect(fine.status).toBe(200);
    expect(fine.body).toMatchObject({ ceiling: 5_000, title: 'Marker', status: 'draft' });
    const missing = await service.request('PATCH', '/calls/no-such-call', { ceiling: 5_000 }, { as: pm });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('funding.call.not_found');
  });

  it('shows a TWG member only the calls they sit on', async () => {
    await finishCohort('tot-c', 'KGL', twoTrainees('tot-c'));
    callId = (await openCall(service, ['tot-c'])).id;
    const seated = await service.request(
      'PUT',
      `/calls/${callId}/committee`,
      { members: [{ accountId: 'twg-1', name: 'Member twg-1' }] },
      { as: pm },
    );
    expect(seated.status).toBe(200);
    expect(seated.body.committee).toEqual([{ accountId: 'twg-1', name: 'Member twg-1' }]);
    await eventually(async () => {
      const mine = await service.request('GET', '/calls', undefined, { as: twgMember('twg-1') });
      expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([callId]);
    });
    const other = twgMember('twg-2');
    expect((await service.request('GET', '/calls', undefined, { as: other })).body.items).toEqual([]);
    for (const path of [`/calls/${callId}`, `/calls/${callId}/invitations`]) {
      const res = await service.request('GET', path, undefined, { as: other });
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 404,
        code: 'funding.call.not_found',
      });
    }
    expect(
      (await service.request('GET', `/calls/${callId}`, undefined, { as: twgMember('twg-1') })).status,
    ).toBe(200);
    const all = await service.request('GET', '/calls', undefined, { as: auditor });
    expect(all.body.items.length).toBeGreaterThan(1);
  });

  it('closes an open call once, with its count of proposals; a closed call changes no more', async () => {
    const res = await service.request('POST', `/calls/${callId}/close`, undefined, { as: pm });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    await eventually(async () =>
      expect(ofCall(probe, CallClosed, callId).map((e) => e.data)).toEqual([
        { callId, reason: 'closed', proposals: 0 },
      ]),
    );
    const refusals: [string, string, unknown, string][] = [
      ['POST', `/calls/${callId}/close`, undefined, 'funding.call.not_open'],
      ['POST', `/calls/${callId}/open`, undefined, 'funding.call.not_draft'],
      ['PUT', `/calls/${callId}/committee`, { members: [] }, 'funding.call.closed'],
    ];
    for (const [method, path, body, code] of refusals) {
      const refused = await service.request(method, path, body, { as: pm });
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({ path, status: 409, code });
    }
    expect(
      (await service.request('GET', `/calls/${callId}`, undefined, { as: pm })).body.committee,
    ).toHaveLength(1);
  });

  it('will not open a draft whose deadline has passed meanwhile', async () => {
    const store = service.app.get(AggregateStore);
    const res = await service.request('POST', '/calls', callDraft({ title: 'Stale' }), { as: pm });
    // The deadline passes while it is a draft: as stored after the days went by.
    await store.of<Call>(CALL).update(res.body.id, ({ state }) => ({
      state: { ...state, deadline: inDays(-1) },
      events: [],
    }));
    const refused = await service.request('POST', `/calls/${res.body.id}/open`, undefined, { as: pm });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('funding.call.deadline_passed');
    expect((await service.request('GET', `/calls/${res.body.id}`, undefined, { as: pm })).body.status).toBe(
      'draft',
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApplicationRejected,
  CandidateSelected,
  MemberErased,
  TorPanelAssigned,
  TorPublished,
} from '@ikiraro/contracts';
import {
  eventually,
  probeTopic,
  publishEvents,
  startService,
  type ServiceUnderTest,
  type Who,
} from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from './app.module.ts';
import { Members } from './members/members.ts';
import { draft, member, pm, scoresOf, selectionSteps } from './applications/selection.testing.ts';

const reviewer = (name: string) => ({ id: uuidv7(), name, roles: ['twg-member' as const] });

describe('selection', () => {
  let selection: ServiceUnderTest;
  let probe: Awaited<ReturnType<typeof probeTopic>>;
  let rejections: Awaited<ReturnType<typeof probeTopic>>;
  const db = () => selection.app.get<Connection>(getConnectionToken()).db!;
  const as = (who: Who) => ({ as: who });
  let steps: ReturnType<typeof selectionSteps>;
  const published = (...args: Parameters<typeof steps.published>) => steps.published(...args);
  const registered = (...members: ReturnType<typeof member>[]) => steps.registered(...members);
  const apply = (applicant: ReturnType<typeof member>, torId: string) => steps.apply(applicant, torId);

  beforeAll(async () => {
    selection = await startService(AppModule);
    steps = selectionSteps(selection);
    const prefix = process.env.KAFKA_TOPIC_PREFIX;
    probe = await probeTopic(`${prefix}${CandidateSelected.topic}`);
    rejections = await probeTopic(`${prefix}${ApplicationRejected.topic}`);
  });
  afterAll(async () => {
    await probe.stop();
    await rejections.stop();
    await selection.close();
  });

  describe('ToRs', () => {
    it('goes from draft to approved to published to closed, announcing publication and closing', async () => {
      const torProbe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${TorPublished.topic}`);
      try {
        const id = await published();
        const tor = (await selection.request('GET', `/tors/${id}`, undefined, as('auditor'))).body as Record<
          string,
          unknown
        >;
        expect(tor).toMatchObject({
          status: 'published',
          eligibility: { countries: ['BE', 'DE'] },
          panel: { blind: false },
        });
        expect((tor.trail as { action: string }[]).map((t) => t.action)).toEqual([
          'drafted',
          'approved',
          'published',
        ]);
        await eventually(async () => {
          const open = (await selection.request('GET', '/public/tors')).body as { items: { id: string }[] };
          expect(open.items.map((t) => t.id)).toContain(id);
        });
        expect(
          (await selection.request('POST', `/tors/${id}/close`, { reason: 'withdrawn' }, as(pm))).status,
        ).toBe(200);
        await eventually(async () => {
          const types = torProbe.events.filter((e) => e.subject === id).map((e) => e.type);
          expect(types).toEqual(['selection.tor.published', 'selection.tor.closed']);
        });
      } finally {
        await torProbe.stop();
      }
    });

    it('lets an IPRC focal point draft for their own IPRC only, and only a programme manager approve', async () => {
      const focal: Who = { roles: ['iprc-focal-point'], iprc: 'HYE' };
      expect((await selection.request('POST', '/tors', draft({ iprc: 'HYE' }), as(focal))).status).toBe(201);
      const other = await selection.request('POST', '/tors', draft({ iprc: 'KGL' }), as(focal));
      expect(other.status).toBe(403);
      const { id } = (await selection.request('POST', '/tors', draft({ iprc: 'HYE' }), as(focal))).body as {
        id: string;
      };
      expect((await selection.request('POST', `/tors/${id}/approve`, undefined, as(focal))).status).toBe(403);
      expect((await selection.request('POST', `/tors/${id}/publish`, undefined, as(pm))).body).toMatchObject({
        code: 'tor.not_approved',
      });
    });

    it('refuses bad ToRs clearly and stores nothing', async () => {
      const before = await db().collection('outbox').countDocuments();
      for (const [body, code] of [
        [draft({ durationMonths: 7 }), 'request.invalid'],
        [draft({ period: { start: '2027-03-01', end: '2027-02-01' } }), 'request.invalid'],
        [draft({ durationMonths: 6, period: { start: '2027-03-01', end: '2027-04-30' } }), 'tor.invalid'],
        [draft({ iprc: 'XYZ' }), 'request.invalid'],
        [{ ...draft(), salary: 3000 }, 'request.invalid'],
        [
          draft({
            criteria: [
              { code: 'a', label: 'A', weight: 1 },
              { code: 'a', label: 'B', weight: 1 },
            ],
          }),
          'tor.invalid',
        ],
      ] as const) {
        const response = await selection.request('POST', '/tors', body, as(pm));
        expect({ status: response.status, code: (response.body as { code: string }).code }).toEqual({
          status: 400,
          code,
        });
        expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
      expect(await db().collection('outbox').countDocuments()).toBe(before);
    });
  });

  describe('applications', () => {
    it('screens and matches an application at once, and explains both', async () => {
      const torId = await published();
      const good = member();
      const far = member({ countryOfResidence: 'DE', yearsOfExperience: 2 }, []);
      await registered(good, far);
      const goodId = await apply(good, torId);
      const farId = await apply(far, torId);

      const view = (await selection.request('GET', `/applications/${goodId}`, undefined, as(pm))).body as {
        status: string;
        match: { total: number; items: { requirement: string; met: number }[] };
      };
      expect(view.status).toBe('eligible');
      expect(view.match.total).toBe(100);
      const failed = (await selection.request('GET', `/applications/${farId}`, undefined, as(pm))).body as {
        status: string;
        screening: { results: { rule: string; passed: boolean; detail: string }[] };
      };
      expect(failed.status).toBe('ineligible');
      expect(failed.screening.results.filter((r) => !r.passed).map((r) => r.rule)).toEqual([
        'min-experience',
        'availability',
      ]);
      // The applicant sees the rule they failed; the rejection is announced.
      const mine = (await selection.request('GET', '/member/applications', undefined, as(far.who))).body;
      await eventually(async () => {
        const items = (
          (await selection.request('GET', '/member/applications', undefined, as(far.who))).body as {
            items: { id: string }[];
          }
        ).items;
        expect(items.map((i) => i.id)).toEqual([farId]);
      });
      expect(mine).toBeDefined();
      await eventually(async () => {
        expect(
          rejections.events.find((e) => e.subject === farId && e.type === ApplicationRejected.type)?.data,
        ).toMatchObject({
          stage: 'screening',
          torId,
        });
      });
      // Ranked by match.
      await eventually(async () => {
        const list = (await selection.request('GET', `/tors/${torId}/applications`, undefined, as(pm)))
          .body as { items: { id: string }[] };
        expect(list.items.map((i) => i.id)).toEqual([goodId, farId]);
      });
    });

    it('takes one application per member and ToR, only to a published ToR, from a known member', async () => {
      const torId = await published();
      const applicant = member();
      const stranger = member();
      await registered(applicant);
      await apply(applicant, torId);
      const motivation = 'Twenty characters at the very least.';
      const again = await selection.request(
        'POST',
        '/member/applications',
        { torId, motivation },
        as(applicant.who),
      );
      expect(again.body).toMatchObject({ status: 409, code: 'application.duplicate' });
      const unknown = await selection.request(
        'POST',
        '/member/applications',
        { torId, motivation },
        as(stranger.who),
      );
      expect(unknown.body).toMatchObject({ status: 409, code: 'application.member_unknown' });
      const { id: draftId } = (await selection.request('POST', '/tors', draft(), as(pm))).body as {
        id: string;
      };
      const toDraft = await selection.request(
        'POST',
        '/member/applications',
        { torId: draftId, motivation },
        as(applicant.who),
      );
      expect(toDraft.body).toMatchObject({ status: 404, code: 'tor.not_found' });
      const short = await selection.request(
        'POST',
        '/member/applications',
        { torId, motivation: 'hi' },
        as(applicant.who),
      );
      expect(short.body).toMatchObject({ status: 400, code: 'request.invalid' });
      // A staff token is not a member's.
      expect(
        (await selection.request('POST', '/member/applications', { torId, motivation }, as(pm))).status,
      ).toBe(403);
    });
  });

  describe('panel review', () => {
    const alice = reviewer('Alice Uwase');
    const bob = reviewer('Bob Habimana');
    const carol = reviewer('Carol Mukamana');
    const allFives = scoresOf(5);
    const allThrees = scoresOf(3);

    it('tells its panel when a ToR is published, and then each reviewer who joins it, once', async () => {
      const torProbe = await probeTopic(`${process.env.KAFKA_TOPIC_PREFIX}${TorPanelAssigned.topic}`);
      try {
        const torId = await published({}, { reviewers: [alice, bob], blind: false });
        const panel = (reviewers: (typeof alice)[]) =>
          selection.request(
            'PUT',
            `/tors/${torId}/panel`,
            { reviewers: reviewers.map(({ id, name }) => ({ id, name })), blind: false },
            as(pm),
          );
        expect((await panel([alice, bob, carol])).status).toBe(200);
        expect((await panel([bob, carol])).status).toBe(200); // one leaves: nobody to tell
        await eventually(async () => {
          const told = torProbe.events.filter((e) => e.subject === torId && e.type === TorPanelAssigned.type);
          expect(told.map((e) => e.data)).toEqual([
            { torId, reviewerIds: [alice.id, bob.id] },
            { torId, reviewerIds: [carol.id] },
          ]);
        });
      } finally {
        await torProbe.stop();
      }
    });

    it('excludes a reviewer who declared a conflict, and hides others’ scores until one’s own is in', async () => {
      const torId = await published({}, { reviewers: [alice, bob, carol], blind: false });
      const applicant = member();
      await registered(applicant);
      const id = await apply(applicant, torId);

      const early = await selection.request(
        'PUT',
        `/applications/${id}/scorecard`,
        { scores: allFives },
        as(alice),
      );
      expect(early.body).toMatchObject({ status: 409, code: 'review.declaration_missing' });

      const recused = await selection.request(
        'POST',
        `/applications/${id}/declaration`,
        { conflict: true, reason: 'My cousin' },
        as(carol),
      );
      expect(recused.body).toMatchObject({ recused: true });
      const refused = await selection.request(
        'PUT',
        `/applications/${id}/scorecard`,
        { scores: allFives },
        as(carol),
      );
      expect(refused.body).toMatchObject({ status: 403, code: 'review.conflict_declared' });
      const undo = await selection.request(
        'POST',
        `/applications/${id}/declaration`,
        { conflict: false },
        as(carol),
      );
      expect(undo.body).toMatchObject({ status: 409, code: 'review.conflict_declared' });
      expect(
        (await selection.request('GET', `/applications/${id}`, undefined, as(carol))).body,
      ).not.toHaveProperty('motivation');

      for (const who of [alice, bob])
        await selection.request('POST', `/applications/${id}/declaration`, { conflict: false }, as(who));
      await selection.request('PUT', `/applications/${id}/scorecard`, { scores: allFives }, as(alice));
      const bobBefore = (await selection.request('GET', `/applications/${id}`, undefined, as(bob))).body;
      expect(bobBefore).toMatchObject({ scorecards: null, panel: null });
      await selection.request(
        'PUT',
        `/applications/${id}/scorecard`,
        { scores: allThrees, comment: 'Solid' },
        as(bob),
      );
      const bobAfter = (await selection.request('GET', `/applications/${id}`, undefined, as(bob))).body as {
        scorecards: { reviewerName: string; total: number }[];
        panel: { mean: number; disagreement: string[] };
      };
      expect(bobAfter.scorecards.map((c) => [c.reviewerName, c.total])).toEqual([['Alice Uwase', 100]]);
      expect(bobAfter.panel.mean).toBe(75);
      expect(bobAfter.panel.disagreement[0]).toMatch(/totals range from 50 to 100/);

      const bad = await selection.request(
        'PUT',
        `/applications/${id}/scorecard`,
        { scores: { ...allFives, motivation: 6 } },
        as(alice),
      );
      expect(bad.body).toMatchObject({ status: 400, code: 'review.scores_invalid' });
      const outsider = reviewer('Dan Outsider');
      expect(
        (await selection.request('GET', `/applications/${id}`, undefined, as(outsider))).body,
      ).toMatchObject({
        status: 403,
        code: 'review.not_on_panel',
      });
    });

    it('in blind mode lets no name or member id reach a reviewer through any route', async () => {
      const torId = await published({}, { reviewers: [alice, bob], blind: true });
      const applicant = member();
      await registered(applicant);
      const id = await apply(applicant, torId);
      const { name, id: memberId } = applicant.who as { name: string; id: string };
      const seen: unknown[] = [];
      const reach = async (method: string, path: string, body?: object) => {
        const response = await selection.request(method, path, body, as(alice));
        expect(response.status).toBeLessThan(300);
        seen.push(response.body);
      };
      await eventually(async () => {
        const list = (await selection.request('GET', `/tors/${torId}/applications`, undefined, as(alice)))
          .body as { items: unknown[] };
        expect(list.items).toHaveLength(1);
      });
      await reach('GET', `/tors/${torId}/applications`);
      await reach('GET', `/applications/${id}`);
      await reach('GET', `/tors/${torId}`);
      await reach('GET', '/tors');
      await reach('GET', '/balance');
      await reach('POST', `/applications/${id}/declaration`, { conflict: false });
      await reach('PUT', `/applications/${id}/scorecard`, { scores: allFives });
      await selection.request('POST', `/applications/${id}/shortlist`, undefined, as(pm));
      await reach('POST', `/applications/${id}/notes`, { text: 'Clear answers on grid-tie inverters.' });
      await reach('GET', `/applications/${id}`);
      const text = JSON.stringify(seen);
      expect(text).not.toContain(name);
      expect(text).not.toContain(memberId);
      // Gender only ever appears as the balance's counts, never about a person.
      expect(text).not.toContain('"gender"');
      // Staff still see who it is.
      expect((await selection.request('GET', `/applications/${id}`, undefined, as(pm))).body).toMatchObject({
        applicantName: name,
        memberId,
      });
    });

    it('shortlists, decides with a reason by a programme manager only, announces the selection and fills the ToR', async () => {
      const torId = await published({ experts: 1 }, { reviewers: [alice], blind: false });
      const first = member();
      const second = member({ gender: 'man' });
      await registered(first, second);
      const [a, b] = [await apply(first, torId), await apply(second, torId)];
      for (const id of [a, b]) {
        await selection.request('POST', `/applications/${id}/declaration`, { conflict: false }, as(alice));
        await selection.request('PUT', `/applications/${id}/scorecard`, { scores: allFives }, as(alice));
        expect(
          (await selection.request('POST', `/applications/${id}/shortlist`, undefined, as(pm))).body,
        ).toMatchObject({ status: 'shortlisted' });
      }
      const byReviewer = await selection.request(
        'POST',
        `/applications/${a}/decision`,
        { outcome: 'selected', reason: 'Best fit for the panel.' },
        as(alice),
      );
      expect(byReviewer.status).toBe(403);
      const noReason = await selection.request(
        'POST',
        `/applications/${a}/decision`,
        { outcome: 'selected', reason: 'ok' },
        as(pm),
      );
      expect(noReason.body).toMatchObject({ status: 400, code: 'request.invalid' });

      const selected = await selection.request(
        'POST',
        `/applications/${a}/decision`,
        { outcome: 'selected', reason: 'Strongest practical experience and scores.' },
        as(pm),
      );
      expect(selected.body).toMatchObject({
        status: 'selected',
        placement: { start: '2027-03-01', end: '2027-04-30' },
      });
      const full = await selection.request(
        'POST',
        `/applications/${b}/decision`,
        { outcome: 'selected', reason: 'Also very strong indeed.' },
        as(pm),
      );
      expect(full.body).toMatchObject({ status: 409, code: 'tor.filled' });
      expect((await selection.request('GET', `/applications/${b}`, undefined, as(pm))).body).toMatchObject({
        status: 'shortlisted',
      });
      await selection.request(
        'POST',
        `/applications/${b}/decision`,
        { outcome: 'reserve', reason: 'Next in line if the first declines.' },
        as(pm),
      );

      await eventually(async () => {
        expect(probe.events.find((e) => e.subject === a && e.type === CandidateSelected.type)?.data).toEqual({
          applicationId: a,
          torId,
          memberId: first.memberId,
          iprc: 'KGL',
          period: { start: '2027-03-01', end: '2027-04-30' },
        });
      });
      await eventually(async () => {
        const balance = (await selection.request('GET', '/balance', undefined, as('auditor'))).body as {
          selected: { byGender: Record<string, number | string>; byIprc: Record<string, number> };
          shortlisted: { total: number };
        };
        // The balance counts genders as stated (stored sealed, opened for it), not as unreadable values.
        expect((await selection.app.get(Members).all()).map((m) => m.gender)).toContain('woman');
        // One woman selected: a count small enough to point at her is not shown (balance/small-cells.rules.ts).
        expect(balance.selected.byGender).toEqual({
          woman: '<5',
          man: '<5',
          other: '<5',
          'not stated': '<5',
        });
        expect(balance.selected.byIprc.KGL).toBeGreaterThanOrEqual(1);
        expect(balance.shortlisted.total).toBeGreaterThanOrEqual(2);
      });

      const report = (await selection.request('GET', `/tors/${torId}/report`, undefined, as('auditor')))
        .body as {
        applications: {
          status: string;
          decision: { reason: string } | null;
          scorecards: unknown[];
          trail: { action: string }[];
        }[];
      };
      const decided = report.applications.find((x) => x.status === 'selected')!;
      expect(decided.decision!.reason).toBe('Strongest practical experience and scores.');
      expect(decided.trail.map((t) => t.action)).toEqual([
        'applied',
        'screened',
        'declared-no-conflict',
        'scored',
        'shortlisted',
        'decided',
      ]);
      expect(JSON.stringify(report)).not.toContain((first.who as { name: string }).name);
      const csv = await selection.request(
        'GET',
        `/tors/${torId}/report?format=csv`,
        undefined,
        as('auditor'),
      );
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(String(csv.body)).toContain('Strongest practical experience and scores.');
    });
  });

  it('erases an applicant everywhere in selection, keeping the anonymous record of scores and decisions', async () => {
    const torId = await published();
    const applicant = member();
    await registered(applicant);
    const id = await apply(applicant, torId);
    await publishEvents(MemberErased, [
      { subject: applicant.memberId, data: { memberId: applicant.memberId, reason: 'consent-withdrawn' } },
    ]);
    await eventually(async () => {
      expect(
        await db()
          .collection('members')
          .findOne({ _id: applicant.memberId as never }),
      ).toBeNull();
      const view = (await selection.request('GET', `/applications/${id}`, undefined, as(pm))).body;
      expect(view).toMatchObject({
        applicantName: null,
        motivation: null,
        profile: null,
        status: 'eligible',
      });
    });
    const history = await db()
      .collection('outbox')
      .find({ aggregate: 'application', aggregateId: id })
      .toArray();
    expect(JSON.stringify(history)).not.toContain((applicant.who as { name: string }).name);
    expect(JSON.stringify(history)).not.toContain('installed solar systems');
  });
});

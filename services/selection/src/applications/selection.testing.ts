import { afterAll, beforeAll, expect } from '@jest/globals';
import { MemberRegistered, type MemberRegisteredV1 } from '@ikiraro/contracts';
import {
  eventually,
  memberProfile,
  publishEvents,
  startService,
  type ServiceUnderTest,
  type Who,
} from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { defaultCriteria, type Tor } from '../tors/tor.ts';

/** Test helpers for selection's feature tests: a ToR draft, a registered member, a published ToR, an application. */

/** What the test ToRs require; the test members meet it. */
export const requirements: Tor['requirements'] = {
  qualificationLevel: 'bachelor',
  qualificationFields: ['electrical', 'energy'],
  yearsOfExperience: 5,
  languages: ['en', 'fr'],
};

export const draft = (overrides: Record<string, unknown> = {}) => ({
  iprc: 'KGL',
  subject: 'Renewable energy',
  title: 'Solar PV installation trainer',
  description: 'Train the trainers of the electrical department in off-grid solar installation.',
  requirements,
  experts: 1,
  period: { start: '2027-03-01', end: '2027-08-31' },
  durationMonths: 2,
  ...overrides,
});

export const member = (
  overrides: Partial<MemberRegisteredV1['profile']> = {},
  availability: MemberRegisteredV1['availability'] = [{ from: '2027-03-01', to: '2027-06-30' }],
) => {
  const memberId = uuidv7();
  const data: MemberRegisteredV1 = {
    memberId,
    campaignId: uuidv7(),
    channel: 'event',
    office: 'BE',
    profile: memberProfile({ gender: 'woman', ...overrides }),
    availability,
  };
  return {
    memberId,
    data,
    who: { id: memberId, name: `Applicant ${memberId.slice(-4)}`, roles: ['member'] } as Who,
  };
};
export type TestMember = ReturnType<typeof member>;

/** A scorecard giving every default criterion the same score (1–5). */
export const scoresOf = (score: number) => Object.fromEntries(defaultCriteria.map((c) => [c.code, score]));

export const pm: Who = { id: uuidv7(), name: 'Programme Manager', roles: ['programme-manager'] };
export const motivation = 'I have installed solar systems for ten years and trained apprentices.';

export function selectionSteps(selection: ServiceUnderTest) {
  const db = () => selection.app.get<Connection>(getConnectionToken()).db!;
  const as = (who: Who) => ({ as: who });
  return {
    db,
    /** A ToR drafted, approved and published by the programme manager (with a panel, when given). */
    async published(overrides: Record<string, unknown> = {}, panel?: { reviewers: Who[]; blind: boolean }) {
      const created = await selection.request('POST', '/tors', draft(overrides), as(pm));
      expect(created.status).toBe(201);
      const { id } = created.body as { id: string };
      if (panel) {
        const reviewers = panel.reviewers.map((r) => {
          const { id: reviewerId, name } = r as { id: string; name: string };
          return { id: reviewerId, name };
        });
        const set = await selection.request('PUT', `/tors/${id}/panel`, { ...panel, reviewers }, as(pm));
        expect(set.status).toBe(200);
      }
      expect((await selection.request('POST', `/tors/${id}/approve`, undefined, as(pm))).status).toBe(200);
      expect((await selection.request('POST', `/tors/${id}/publish`, undefined, as(pm))).status).toBe(200);
      return id;
    },
    /** Members registered in outreach, once selection holds their copy. */
    async registered(...members: TestMember[]) {
      await publishEvents(
        MemberRegistered,
        members.map((m) => ({ subject: m.memberId, data: m.data })),
      );
      await eventually(async () => {
        for (const m of members)
          expect(
            await db()
              .collection('members')
              .findOne({ _id: m.memberId as never }),
          ).not.toBeNull();
      });
    },
    async apply(applicant: TestMember, torId: string) {
      const response = await selection.request(
        'POST',
        '/member/applications',
        { torId, motivation },
        as(applicant.who),
      );
      expect(response.status).toBe(201);
      return (response.body as { id: string }).id;
    },
  };
}

/** Selection started for the calling file's tests, with its steps: both there once `beforeAll` has run. */
export function startSelection() {
  let selection: ServiceUnderTest;
  let steps: ReturnType<typeof selectionSteps>;
  beforeAll(async () => {
    // Loaded here rather than on import: the e2e tests use these helpers without selection in their process.
    const { AppModule } = await import('../app.module.ts');
    selection = await startService(AppModule);
    steps = selectionSteps(selection);
  });
  afterAll(() => selection.close());
  return {
    get selection() {
      return selection;
    },
    get steps() {
      return steps;
    },
  };
}

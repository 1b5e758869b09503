import { describe, expect, it } from '@jest/globals';
import type { Application } from '../applications/application.ts';
import { defaultCriteria } from '../tors/tor.ts';
import { placementOf } from './decision.rules.ts';
import { aggregate, declare, scorecard, totalOf } from './review.rules.ts';

const at = new Date('2027-01-10T10:00:00Z');
const tor = {
  criteria: defaultCriteria,
  panel: {
    reviewers: [
      { id: 'r1', name: 'One' },
      { id: 'r2', name: 'Two' },
    ],
    blind: true,
  },
};
const fresh = (): Application =>
  ({ status: 'eligible', declarations: [], scorecards: [], notes: [], trail: [] }) as unknown as Application;
const all = (score: number) => Object.fromEntries(defaultCriteria.map((c) => [c.code, score]));

describe('review rules', () => {
  it('totals a scorecard from 0 (all 1s) to 100 (all 5s) by the criteria weights', () => {
    expect(totalOf(defaultCriteria, all(1))).toBe(0);
    expect(totalOf(defaultCriteria, all(5))).toBe(100);
    expect(totalOf(defaultCriteria, { ...all(1), 'technical-expertise': 5 })).toBe(35);
  });

  it('rejects a score from a reviewer who declared a conflict, and one who declared nothing', () => {
    const application = fresh();
    expect(() => scorecard(tor, application, { id: 'r1', name: 'One' }, all(4), undefined, at)).toThrow(
      expect.objectContaining({ code: 'review.declaration_missing' }),
    );
    application.declarations = declare(application, 'r1', true, 'Former colleague', at);
    expect(() => scorecard(tor, application, { id: 'r1', name: 'One' }, all(4), undefined, at)).toThrow(
      expect.objectContaining({ code: 'review.conflict_declared' }),
    );
    expect(() => declare(application, 'r1', false, undefined, at)).toThrow(
      expect.objectContaining({ code: 'review.conflict_declared' }),
    );
  });

  it('counts only the current panel, flags disagreement, and drops a card once its reviewer declares a conflict', () => {
    let application = fresh();
    for (const id of ['r1', 'r2']) application.declarations = declare(application, id, false, undefined, at);
    application.scorecards = scorecard(tor, application, { id: 'r1', name: 'One' }, all(5), undefined, at);
    application = {
      ...application,
      scorecards: scorecard(tor, application, { id: 'r2', name: 'Two' }, all(2), undefined, at),
    };
    expect(aggregate(tor, application)).toMatchObject({ reviewers: 2, mean: 62.5, lowest: 25, highest: 100 });
    expect(aggregate(tor, application).disagreement).toHaveLength(1 + defaultCriteria.length);
    application.declarations = declare(application, 'r2', true, 'Recognised the applicant', at);
    expect(aggregate(tor, application)).toMatchObject({ reviewers: 1, mean: 100, disagreement: [] });
    const smallerPanel = { ...tor, panel: { reviewers: [{ id: 'r2', name: 'Two' }], blind: true } };
    expect(aggregate(smallerPanel, application).reviewers).toBe(0);
  });
});

describe('placement', () => {
  const period = { period: { start: '2027-03-01', end: '2027-08-31' }, durationMonths: 2 };
  it("defaults to the period's first months and refuses one outside the period", () => {
    expect(placementOf(period)).toEqual({ start: '2027-03-01', end: '2027-04-30' });
    expect(placementOf(period, { start: '2027-05-01', end: '2027-06-30' })).toEqual({
      start: '2027-05-01',
      end: '2027-06-30',
    });
    expect(() => placementOf(period, { start: '2027-08-01', end: '2027-09-30' })).toThrow(
      expect.objectContaining({ code: 'decision.placement_outside_period' }),
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { currentEvents } from '@ikiraro/contracts';
import { type Indicator, programme } from '@ikiraro/programme';
import type { Fact } from './facts.ts';
import { readTypes } from './facts.readers.ts';
import { figureOf, contributionsOf, indicatorFigures, quarter, quartersFrom } from './figures.ts';

let n = 0;
const fact = (
  type: string,
  day: string,
  dims: Record<string, string>,
  measures = {},
  key?: string,
): Fact => ({
  _id: `e${++n}:0`,
  event: { id: `e${n}`, type, occurredAt: `${day}T10:00:00.000Z`, subject: `s${n}` },
  dims,
  measures: { count: 1, ...measures },
  ...(key === undefined ? {} : { key }),
});
const indicator = (overrides: Partial<Indicator>): Indicator => ({
  code: '9.1.a',
  result: '9.1',
  title: 'People',
  definition: 'People.',
  unit: 'people',
  baseline: 0,
  target: 20,
  period: { start: '2026-07-01', end: '2028-06-30' },
  disaggregations: ['iprc'],
  feeds: [{ event: 'a.b.c' }],
  ...overrides,
});
const q4 = quarter('2026-Q4')!;

describe('the logframe figures', () => {
  it('reads every event the programme’s indicators name, each a contract the platform knows', () => {
    const named = programme().logframe.indicators.flatMap((i) => i.feeds.map((f) => f.event));
    expect(readTypes()).toEqual(expect.arrayContaining(named));
    const known = currentEvents.map((c) => c.type);
    expect(known).toEqual(expect.arrayContaining(readTypes()));
  });

  it('hides a small cell and, when it is the only one, the next smallest, only in a shared view of people', () => {
    const facts = [
      ...Array.from({ length: 9 }, () => fact('a.b.c', '2026-10-02', { iprc: 'KGL' })),
      ...Array.from({ length: 6 }, () => fact('a.b.c', '2026-10-02', { iprc: 'HYE' })),
      ...Array.from({ length: 2 }, () => fact('a.b.c', '2026-10-02', { iprc: 'MSZ' })),
    ];
    const people = indicator({});
    expect(indicatorFigures(people, facts, q4, { shared: true, smallCell: 5 }).breakdowns.iprc).toEqual({
      KGL: 9,
      HYE: null,
      MSZ: null,
    });
    expect(indicatorFigures(people, facts, q4, { shared: false, smallCell: 5 }).breakdowns.iprc).toEqual({
      KGL: 9,
      HYE: 6,
      MSZ: 2,
    });
    const counts = indicator({ unit: 'count' });
    expect(indicatorFigures(counts, facts, q4, { shared: true, smallCell: 5 }).breakdowns.iprc!.MSZ).toBe(2);
  });

  it('counts quarter by quarter from the period’s start, what each quarter added and the running total', () => {
    const facts = [
      fact('a.b.c', '2026-07-01', {}),
      fact('a.b.c', '2026-09-30', {}),
      fact('a.b.c', '2026-12-31', {}),
    ];
    expect(quartersFrom('2026-07-01', q4).map((q) => q.code)).toEqual(['2026-Q3', '2026-Q4']);
    expect(quarter('2027-Q1')).toEqual({ code: '2027-Q1', start: '2027-01-01', end: '2027-03-31' });
    expect(quarter('2027-Q5')).toBeUndefined();
    expect(indicatorFigures(indicator({}), facts, q4, { shared: false, smallCell: 5 }).quarters).toEqual([
      { quarter: '2026-Q3', inQuarter: 2, cumulative: 2 },
      { quarter: '2026-Q4', inQuarter: 1, cumulative: 3 },
    ]);
  });

  it('sums a measure with its sign, averages, takes each key’s latest, and counts keys once', () => {
    const facts = [
      fact('x.issued.one', '2026-10-01', { kind: 'training' }),
      fact('x.issued.one', '2026-10-01', { kind: 'training' }),
      fact('x.issued.one', '2026-10-01', { kind: 'service' }),
      fact('x.revoked.one', '2026-10-02', { kind: 'training' }),
    ];
    const net = indicator({
      feeds: [
        { event: 'x.issued.one', where: { kind: 'training' } },
        { event: 'x.revoked.one', where: { kind: 'training' }, sign: -1 },
      ],
    });
    expect(figureOf(net, contributionsOf(net, facts))).toBe(1);

    const jobs = [
      fact('j.o.b', '2026-10-01', {}, { jobs: 2 }, 'award-1'),
      fact('j.o.b', '2026-11-01', {}, { jobs: 5 }, 'award-1'),
      fact('j.o.b', '2026-10-15', {}, { jobs: 1 }, 'award-2'),
    ];
    const latest = indicator({ aggregate: 'latest', feeds: [{ event: 'j.o.b', measure: 'jobs' }] });
    expect(figureOf(latest, contributionsOf(latest, jobs))).toBe(6);
    const mean = indicator({ aggregate: 'mean', feeds: [{ event: 'j.o.b', measure: 'jobs' }] });
    expect(figureOf(mean, contributionsOf(mean, jobs))).toBe(2.667);
    expect(figureOf(mean, [])).toBeNull();
    const distinct = indicator({ aggregate: 'distinct', feeds: [{ event: 'j.o.b' }] });
    expect(figureOf(distinct, contributionsOf(distinct, jobs))).toBe(2);
  });
});

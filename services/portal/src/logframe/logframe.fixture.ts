import { programmeFixture } from '../testing/programme.fixture.ts';
import type { Indicator, Logframe, SourceFacts } from './logframe.api.ts';

/* The logframe as reporting answers it for 2027-Q1, to staff and (small cells suppressed) in the shared view. */

const period = { start: '2026-07-01', end: '2028-06-30' };

/** Diaspora members registered: 45 of 200, three of them of no stated sex (a small cell). */
const registered = (shared: boolean): Indicator => ({
  code: '1.1.a',
  result: '1.1',
  title: 'Diaspora members registered',
  definition: 'Members who completed their registration, counted once.',
  unit: 'people',
  baseline: 0,
  target: 200,
  period,
  cumulative: 45,
  inQuarter: 12,
  progress: 0.225,
  quarters: [
    { quarter: '2026-Q3', inQuarter: 10, cumulative: 10 },
    { quarter: '2026-Q4', inQuarter: 23, cumulative: 33 },
    { quarter: '2027-Q1', inQuarter: 12, cumulative: 45 },
  ],
  breakdowns: { sex: { woman: 26, man: 16, 'not stated': shared ? null : 3 }, office: { BE: 30, DE: 15 } },
  sources: ['outreach.member.registered'],
});

/** Trainers certified: 4 in all, so the whole figure is a small cell in the shared view. */
const certified = (shared: boolean): Indicator => ({
  code: '1.3.b',
  result: '1.3',
  title: 'Trainers certified',
  definition: 'Trainers holding a valid training certificate.',
  unit: 'people',
  baseline: 0,
  target: 200,
  period,
  cumulative: shared ? null : 4,
  inQuarter: shared ? null : 4,
  progress: shared ? null : 0.02,
  quarters: [
    { quarter: '2026-Q3', inQuarter: 0, cumulative: 0 },
    { quarter: '2026-Q4', inQuarter: 0, cumulative: 0 },
    { quarter: '2027-Q1', inQuarter: shared ? null : 4, cumulative: shared ? null : 4 },
  ],
  breakdowns: { sex: { woman: shared ? null : 3, man: shared ? null : 1 }, iprc: { KGL: shared ? null : 4 } },
  sources: ['training.certificate.issued'],
});

/** Learning gain: a mean with no cohort yet. */
const gain: Indicator = {
  code: '1.3.c',
  result: '1.3',
  title: 'Learning gain',
  definition: 'Mean normalised gain of the cohorts with both tests.',
  unit: 'ratio',
  baseline: 0,
  target: 0.3,
  period,
  cumulative: null,
  inQuarter: null,
  progress: null,
  quarters: [],
  breakdowns: { iprc: {} },
  sources: ['training.cohort.assessed'],
};

export const logframe = (
  options: { shared?: boolean; quarter?: { code: string; start: string; end: string } } = {},
): Logframe => ({
  generatedAt: '2027-02-10T09:00:00Z',
  programme: { id: programmeFixture.id, name: programmeFixture.name },
  goal: 'Rwanda’s TVET system is strengthened by the skills of its diaspora.',
  results: [
    { code: '1', title: 'TVET trainers teach with skills transferred by diaspora professionals.' },
    { code: '1.1', title: 'Qualified diaspora professionals are mobilised and selected.', outcome: '1' },
    { code: '1.3', title: 'TVET trainers are trained and pass it on.', outcome: '1' },
  ],
  quarter: options.quarter ?? { code: '2027-Q1', start: '2027-01-01', end: '2027-03-31' },
  shared: options.shared ?? false,
  smallCell: 5,
  indicators: [registered(options.shared ?? false), certified(options.shared ?? false), gain],
});

/** The programme with the logframe's definitions (the sources page names its indicator from it). */
export const logframeProgramme = {
  ...programmeFixture,
  logframe: {
    goal: 'Rwanda’s TVET system is strengthened by the skills of its diaspora.',
    smallCell: 5,
    results: [],
    indicators: [registered(false), certified(false), gain].map(({ code, title, unit }) => ({
      code,
      title,
      unit,
    })),
  },
};

/** The two events behind the women registered: the second one's person has been erased. */
export const womenRegistered: SourceFacts = {
  indicator: '1.1.a',
  quarter: { code: '2027-Q1', start: '2027-01-01', end: '2027-03-31' },
  total: 2,
  items: [
    {
      eventId: 'e1',
      type: 'outreach.member.registered',
      occurredAt: '2026-09-14T08:30:00Z',
      subject: 'member-17',
      dims: { sex: 'woman', office: 'BE' },
      value: 1,
      erased: false,
    },
    {
      eventId: 'e2',
      type: 'outreach.member.registered',
      occurredAt: '2027-01-20T15:00:00Z',
      subject: null,
      dims: { sex: 'woman', office: 'DE' },
      value: 1,
      erased: true,
    },
  ],
};

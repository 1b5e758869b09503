import { programme } from '@ikiraro/programme';
import { indicatorFacts } from '../logframe/figures.ts';
import type { IndicatorFigures, LogframeReport } from '../logframe/logframe-report.ts';

// Tests only: the real programme's logframe as reporting would compute it at the end of 2027-Q1, shared outside
// staff (small cells of people null), with figures chosen to exercise every case a renderer meets.

const QUARTERS = ['2026-Q3', '2026-Q4', '2027-Q1'];

type Pair = [inQuarter: number | null, cumulative: number | null];

/** Per indicator: each quarter's own and cumulative figure, and the breakdowns at the end of 2027-Q1. */
const FIGURES: Record<string, { quarters: Pair[]; breakdowns?: IndicatorFigures['breakdowns'] }> = {
  '1.1.a': {
    quarters: [
      [40, 40],
      [55, 95],
      [37, 132],
    ],
    breakdowns: {
      // 2 and 3 people: both suppressed.
      sex: { woman: 61, man: 66, other: null, 'not stated': null },
      office: { BE: 80, DE: 52 },
      channel: { facebook: 50, event: 45, referral: 37 },
    },
  },
  '1.1.b': {
    quarters: [
      [0, 0],
      [22, 22],
      [18, 40],
    ],
    // A count of applications, not of people: never suppressed.
    breakdowns: { sex: { woman: 17, man: 21, other: 1, 'not stated': 1 }, office: { BE: 24, DE: 16 } },
  },
  '1.1.c': {
    quarters: [
      [0, 0],
      [0, 0],
      [19, 19],
    ],
    breakdowns: { sex: { woman: 9, man: 10 }, office: { BE: 11, DE: 8 } },
  },
  '1.1.d': {
    quarters: [
      [0, 0],
      [0, 0],
      [12, 12],
    ],
    breakdowns: {
      sex: { woman: 6, man: 6 },
      iprc: { KGL: 5, HYE: null, MSZ: null },
      office: { BE: 7, DE: 5 },
    },
  },
  // Four professionals so far: the indicator itself is a small cell.
  '1.2.a': {
    quarters: [
      [0, 0],
      [0, 0],
      [null, null],
    ],
    breakdowns: {
      sex: { woman: null, man: null },
      iprc: { KGL: null, HYE: null },
      office: { BE: null, DE: null },
    },
  },
  '1.2.b': {
    quarters: [
      [0, 0],
      [0, 0],
      [0, 0],
    ],
    breakdowns: { iprc: {}, sex: {} },
  },
  '1.3.a': {
    quarters: [
      [0, 0],
      [0, 0],
      [64, 64],
    ],
    breakdowns: { sex: { woman: 28, man: 36 }, iprc: { KGL: 22, HYE: 18, MSZ: 24 } },
  },
  '1.3.b': {
    quarters: [
      [0, 0],
      [0, 0],
      [51, 51],
    ],
    breakdowns: { sex: { woman: 23, man: 28 }, iprc: { KGL: 18, HYE: 15, MSZ: 18 } },
  },
  // A mean: no ToT closed before 2027-Q1, so no figure for the first two quarters.
  '1.3.c': {
    quarters: [
      [null, null],
      [null, null],
      [0.27, 0.27],
    ],
    breakdowns: { iprc: { KGL: 0.31, HYE: 0.22, MSZ: 0.28 } },
  },
  '1.3.d': {
    quarters: [
      [0, 0],
      [0, 0],
      [0, 0],
    ],
    breakdowns: { sex: {}, iprc: {} },
  },
  '2.1.a': {
    quarters: [
      [0, 0],
      [0, 0],
      [14, 14],
    ],
    breakdowns: {
      iprc: { KGL: 6, HYE: 5, MSZ: 3 },
      subject: { ict: 5, 'renewable-energy': 4, 'agriculture-food': 5 },
    },
  },
  '2.1.b': {
    quarters: [
      [0, 0],
      [0, 0],
      [3, 3],
    ],
    breakdowns: { iprc: { KGL: 2, MSZ: 1 }, subject: { ict: 2, 'renewable-energy': 1 } },
  },
  '2.1.c': {
    quarters: [
      [0, 0],
      [0, 0],
      [12500, 12500],
    ],
    breakdowns: { iprc: { KGL: 8000, MSZ: 4500 }, subject: { ict: 8000, 'renewable-energy': 4500 } },
  },
  '2.1.d': {
    quarters: [
      [0, 0],
      [0, 0],
      [0, 0],
    ],
    breakdowns: { iprc: {}, subject: {} },
  },
  '2.2.a': {
    quarters: [
      [0, 0],
      [2, 2],
      [3, 5],
    ],
  },
  '2.2.b': {
    quarters: [
      [0, 0],
      [0, 0],
      [7500, 7500],
    ],
    breakdowns: { instrument: { grant: 5000, loan: 2500 } },
  },
};

export function reportFixture(): LogframeReport {
  const { logframe, id, name } = programme();
  const indicators = logframe.indicators.map((indicator): IndicatorFigures => {
    const figures = FIGURES[indicator.code];
    if (!figures) throw new Error(`The fixture has no figures for indicator ${indicator.code}`);
    const [inQuarter, cumulative] = figures.quarters.at(-1)!;
    return {
      ...indicatorFacts(indicator),
      cumulative,
      inQuarter,
      progress:
        cumulative === null || indicator.target === 0
          ? null
          : Math.round((cumulative / indicator.target) * 1000) / 1000,
      quarters: figures.quarters.map(([q, c], i) => ({ quarter: QUARTERS[i]!, inQuarter: q, cumulative: c })),
      breakdowns: figures.breakdowns ?? {},
    };
  });
  return {
    programme: { id, name },
    goal: logframe.goal,
    results: logframe.results.map((r) => ({ ...r })),
    quarter: { code: '2027-Q1', start: '2027-01-01', end: '2027-03-31' },
    generatedAt: '2027-04-02T06:30:00.000Z',
    shared: true,
    smallCell: logframe.smallCell,
    indicators,
  };
}

import { type Indicator, NOT_STATED, type ProgrammeDefinition } from '@ikiraro/programme';
import type { Fact } from './facts.ts';
import type { IndicatorFigures, LogframeReport, Quarter } from './logframe-report.ts';

// The indicators' figures from the facts: pure, so that the consistency test can recompute them from raw events.

/** What one fact gives one indicator. */
export interface Contribution {
  value: number;
  /** The event's day, `YYYY-MM-DD`. */
  day: string;
  dims: Record<string, string>;
  key?: string;
  fact: Fact;
}

const matches = (dims: Record<string, string>, where: Record<string, string> = {}) =>
  Object.entries(where).every(([name, value]) => dims[name] === value);

/** The facts that feed an indicator, as what each adds to it. */
export function contributionsOf(indicator: Indicator, facts: readonly Fact[]): Contribution[] {
  return indicator.feeds.flatMap((feed) => {
    const measure = feed.measure ?? 'count';
    return facts
      .filter((f) => f.event.type === feed.event && matches(f.dims, feed.where) && measure in f.measures)
      .map((fact) => ({
        value: fact.measures[measure]! * (feed.sign ?? 1),
        day: fact.event.occurredAt.slice(0, 10),
        dims: fact.dims,
        ...(fact.key === undefined ? {} : { key: fact.key }),
        fact,
      }));
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The indicator's figure over these contributions; null for a mean of none. */
export function figureOf(indicator: Indicator, contributions: readonly Contribution[]): number | null {
  switch (indicator.aggregate ?? 'sum') {
    case 'mean':
      return contributions.length === 0
        ? null
        : round(contributions.reduce((sum, c) => sum + c.value, 0) / contributions.length);
    case 'latest': {
      const latest = new Map<string, Contribution>();
      for (const c of contributions) {
        const seen = c.key === undefined ? undefined : latest.get(c.key);
        if (c.key !== undefined && (!seen || seen.fact.event.occurredAt <= c.fact.event.occurredAt))
          latest.set(c.key, c);
      }
      return [...latest.values()].reduce((sum, c) => sum + c.value, 0);
    }
    case 'distinct':
      return new Set(contributions.flatMap((c) => (c.key === undefined ? [] : [c.key]))).size;
    default:
      return round(contributions.reduce((sum, c) => sum + c.value, 0));
  }
}

/** The quarter a day falls in. */
export function quarterOf(day: string): Quarter {
  const year = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarter(`${year}-Q${q}`)!;
}

/** `2027-Q1` → its first and last days; undefined for anything else. */
export function quarter(code: string): Quarter | undefined {
  const match = /^(\d{4})-Q([1-4])$/.exec(code);
  if (!match) return undefined;
  const [year, q] = [Number(match[1]), Number(match[2])];
  const month = (q - 1) * 3;
  const day = (m: number, d: number) => new Date(Date.UTC(year, m, d)).toISOString().slice(0, 10);
  return { code, start: day(month, 1), end: day(month + 3, 0) };
}

/** Every quarter from the one `day` is in to `last`, in order. */
export function quartersFrom(day: string, last: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (let q = quarterOf(day); q.start <= last.start; q = quarterOf(nextDay(q.end))) quarters.push(q);
  return quarters;
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The cell of a breakdown a contribution falls in; `not stated` (sex) or `unknown` when its fact lacks it. */
export const cellOf = (c: Contribution, dimension: string) =>
  c.dims[dimension] ?? (dimension === 'sex' ? NOT_STATED : 'unknown');

/** An indicator's figures as of the end of `q`, every cell of people below `smallCell` null when `shared`. */
export function indicatorFigures(
  indicator: Indicator,
  facts: readonly Fact[],
  q: Quarter,
  { shared, smallCell }: { shared: boolean; smallCell: number },
): IndicatorFigures {
  const all = contributionsOf(indicator, facts);
  const upTo = (day: string) => all.filter((c) => c.day <= day);
  const within = (qq: Quarter) => all.filter((c) => c.day >= qq.start && c.day <= qq.end);
  const before = (day: string) => all.filter((c) => c.day < day);
  const inQuarterOf = (qq: Quarter) =>
    indicator.aggregate === 'mean'
      ? figureOf(indicator, within(qq))
      : figureOf(indicator, upTo(qq.end))! - figureOf(indicator, before(qq.start))!;
  const small = shared && indicator.unit === 'people';
  const shown = (n: number | null) => (small && n !== null && n > 0 && n < smallCell ? null : n);

  const cumulative = shown(figureOf(indicator, upTo(q.end)));
  const breakdowns = Object.fromEntries(
    indicator.disaggregations.map((dimension) => {
      const cells = new Map<string, Contribution[]>();
      for (const c of upTo(q.end)) {
        const code = cellOf(c, dimension);
        cells.set(code, [...(cells.get(code) ?? []), c]);
      }
      const figures = [...cells].map(([code, cs]) => [code, figureOf(indicator, cs)] as const);
      return [dimension, small ? suppressed(figures, smallCell) : Object.fromEntries(figures)];
    }),
  );
  return {
    ...indicatorFacts(indicator),
    cumulative,
    inQuarter: shown(inQuarterOf(q)),
    progress: cumulative === null || indicator.target === 0 ? null : round(cumulative / indicator.target),
    quarters: quartersFrom(indicator.period.start, q).map((qq) => ({
      quarter: qq.code,
      inQuarter: shown(inQuarterOf(qq)),
      cumulative: shown(figureOf(indicator, upTo(qq.end))),
    })),
    breakdowns,
  };
}

/** What an indicator's figures repeat of its definition: its names, target, period and source events. */
export const indicatorFacts = (indicator: Indicator) => ({
  code: indicator.code,
  result: indicator.result,
  title: indicator.title,
  definition: indicator.definition,
  unit: indicator.unit,
  baseline: indicator.baseline,
  target: indicator.target,
  period: { start: indicator.period.start, end: indicator.period.end },
  sources: [...new Set(indicator.feeds.map((f) => f.event))],
});

/**
 * Small cells (1 to `smallCell` − 1 people) null; and when that hides only one cell of the breakdown, the next
 * smallest too, so that the total does not give it away.
 */
function suppressed(figures: (readonly [string, number | null])[], smallCell: number) {
  const isSmall = (n: number | null) => n !== null && n > 0 && n < smallCell;
  const hidden = new Set(figures.filter(([, n]) => isSmall(n)).map(([code]) => code));
  if (hidden.size === 1) {
    const next = figures
      .filter(([code, n]) => !hidden.has(code) && n !== null && n > 0)
      .sort(([, a], [, b]) => a! - b!)[0];
    if (next) hidden.add(next[0]);
  }
  return Object.fromEntries(figures.map(([code, n]) => [code, hidden.has(code) ? null : n]));
}

/** The whole logframe's figures as of the end of `q`. */
export function logframeReport(
  programme: ProgrammeDefinition,
  facts: readonly Fact[],
  q: Quarter,
  shared: boolean,
): LogframeReport {
  const { logframe } = programme;
  return {
    programme: { id: programme.id, name: programme.name },
    goal: logframe.goal,
    results: logframe.results.map((r) => ({ ...r })),
    quarter: q,
    generatedAt: new Date().toISOString(),
    shared,
    smallCell: logframe.smallCell,
    indicators: logframe.indicators.map((indicator) =>
      indicatorFigures(indicator, facts, q, { shared, smallCell: logframe.smallCell }),
    ),
  };
}

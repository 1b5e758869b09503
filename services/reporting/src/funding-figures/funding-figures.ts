import type { Money, SexCount } from '@ikiraro/contracts';

/**
 * Pilot funding of one host IPRC (the team's): an aggregate, so that each event counts exactly once (by
 * causation). Amounts are whole units keyed by currency: a programme funds in more than one.
 */
export interface FundingFigures {
  /** Proposals submitted, their teams' trainees by sex, and the jobs they expect to create. */
  submitted: number;
  teamBySex: Record<string, number>;
  jobsExpected: number;
  /** The qualifying round's outcomes. */
  qualified: number;
  disqualified: number;
  shortlisted: number;
  /** Awards made, and what they give, by currency. */
  awarded: number;
  awardedAmount: Record<string, number>;
  /** Tranches paid, and what was paid, by currency. */
  tranchesReleased: number;
  releasedAmount: Record<string, number>;
  /** Jobs created: the latest approved milestone's count of each award, summed. */
  jobsCreated: number;
  /** Award → the jobs its latest approved milestone counted, and when that event occurred. */
  jobsCreatedByAward: Record<string, { jobs: number; at: string }>;
}

export const FUNDING_FIGURES = 'funding-figures';

export const noFundingFigures = (): FundingFigures => ({
  submitted: 0,
  teamBySex: {},
  jobsExpected: 0,
  qualified: 0,
  disqualified: 0,
  shortlisted: 0,
  awarded: 0,
  awardedAmount: {},
  tranchesReleased: 0,
  releasedAmount: {},
  jobsCreated: 0,
  jobsCreatedByAward: {},
});

/** Investors' pledges, all calls together (a pledge names no IPRC): one aggregate. */
export interface PledgeFigures {
  pledges: number;
  /** Instrument (grant, loan, equity, in-kind) → its pledges and their amount by currency. */
  byInstrument: Record<string, { pledges: number; amount: Record<string, number> }>;
}

export const PLEDGE_FIGURES = 'pledge-figures';
/** The one pledge figures aggregate's id. */
export const ALL_PLEDGES = 'programme';

export const noPledgeFigures = (): PledgeFigures => ({ pledges: 0, byInstrument: {} });

/** Amounts by currency with `money` added. */
export const plusMoney = (byCurrency: Readonly<Record<string, number>>, { amount, currency }: Money) => ({
  ...byCurrency,
  [currency]: (byCurrency[currency] ?? 0) + amount,
});

/** Counts by sex with a team's added; a sex at zero stays listed. */
export const plusTeam = (bySex: Readonly<Record<string, number>>, team: readonly SexCount[]) => {
  const next = { ...bySex };
  for (const { sex, count } of team) next[sex] = (next[sex] ?? 0) + count;
  return next;
};

/**
 * The figures with an award's jobs created as a milestone approved them: its latest report (by when it
 * occurred) replaces the award's earlier one, an older report handled late changes nothing.
 */
export function withJobsCreated(
  state: FundingFigures,
  awardId: string,
  jobs: number,
  at: string,
): FundingFigures {
  const before = state.jobsCreatedByAward[awardId];
  if (before && before.at > at) return state;
  const jobsCreatedByAward = { ...state.jobsCreatedByAward, [awardId]: { jobs, at } };
  const jobsCreated = Object.values(jobsCreatedByAward).reduce((sum, award) => sum + award.jobs, 0);
  return { ...state, jobsCreatedByAward, jobsCreated };
}

/** What the route answers of an IPRC's figures: the per-award bookkeeping left out. */
export type FundingFiguresView = Omit<FundingFigures, 'jobsCreatedByAward'>;

export const viewOf = ({ jobsCreatedByAward: _, ...figures }: FundingFigures): FundingFiguresView => figures;

/** The IPRCs' figures summed: the programme's. */
export function totalOf(figures: readonly FundingFiguresView[]): FundingFiguresView {
  const add = (a: Record<string, number>, b: Record<string, number>) =>
    Object.entries(b).reduce((sum, [key, n]) => ({ ...sum, [key]: (sum[key] ?? 0) + n }), a);
  return figures.reduce(
    (total, f) => ({
      submitted: total.submitted + f.submitted,
      teamBySex: add(total.teamBySex, f.teamBySex),
      jobsExpected: total.jobsExpected + f.jobsExpected,
      qualified: total.qualified + f.qualified,
      disqualified: total.disqualified + f.disqualified,
      shortlisted: total.shortlisted + f.shortlisted,
      awarded: total.awarded + f.awarded,
      awardedAmount: add(total.awardedAmount, f.awardedAmount),
      tranchesReleased: total.tranchesReleased + f.tranchesReleased,
      releasedAmount: add(total.releasedAmount, f.releasedAmount),
      jobsCreated: total.jobsCreated + f.jobsCreated,
    }),
    viewOf(noFundingFigures()),
  );
}

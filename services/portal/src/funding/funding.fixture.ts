import { programmeFixture } from '../testing/programme.fixture.ts';
import type { Call, Review, ReviewItem } from './funding.api.ts';

/** The programme with what funding's screens read: currencies, the awards target, provinces. */
export const fundingProgramme = {
  ...programmeFixture,
  currencies: ['EUR', 'RWF'],
  targets: { awards: 5, institutions: 2, months: 12, professionals: 20 },
  host: {
    ...programmeFixture.host,
    institutions: [
      { code: 'KGL', name: 'IPRC Kigali', district: 'Gasabo', province: 'Kigali City' },
      { code: 'HYE', name: 'IPRC Huye', district: 'Huye', province: 'Southern' },
    ],
  },
};

export const rubric = [
  { key: 'relevance', label: 'Relevance', weight: 60, max: 10 },
  { key: 'budget', label: 'Budget', weight: 40, max: 5 },
];

export const call = (overrides: Partial<Call> = {}): Call => ({
  id: 'c1',
  title: 'Pilots 2027',
  status: 'open',
  deadline: '2027-03-01T17:00:00.000Z',
  fund: { amount: 12000, currency: 'EUR' },
  ceiling: 5000,
  awards: 2,
  tots: 1,
  description: '',
  rounds: { qualifyingEnds: '2027-03-10', scoringEnds: '2027-03-20' },
  eligibility: { minTeam: 2, maxTeam: 10, sectors: [], iprcs: [], minMilestones: 1 },
  rubric,
  allocationRule: 'skip',
  committee: [{ accountId: 'u1', name: 'Staff' }],
  totIds: ['t1'],
  openedAt: null,
  closedAt: null,
  ...overrides,
});

export const item = (overrides: Partial<ReviewItem> = {}): ReviewItem => ({
  proposalId: 'p1',
  title: 'Solar dryers',
  sector: 'electrical',
  iprc: 'KGL',
  requested: 4800,
  jobsExpected: 6,
  submittedAt: '2027-02-01T10:00:00Z',
  mine: null,
  recused: false,
  visible: false,
  scores: null,
  mean: null,
  spread: null,
  disagreement: null,
  rank: null,
  scoreCount: 1,
  recusalCount: 0,
  recusals: [],
  ...overrides,
});

export const board = (items: ReviewItem[]): Review => ({
  callId: 'c1',
  title: 'Pilots 2027',
  rubric,
  committee: 2,
  disagreementRule: 'Members disagree when their totals spread more than 20 points.',
  rankingRule: 'Ranked by mean weighted score.',
  unscreened: 0,
  disqualified: 0,
  shortlisted: false,
  items,
});

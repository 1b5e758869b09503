import type { InvestorInterests, ProposalAwardedV1, ProposalShortlistedV1 } from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
import type { ServiceUnderTest } from '@ikiraro/testing';
import { CALL, type Call } from '../calls/call.ts';
import { PROPOSAL, type Proposal, requestedOf } from '../proposals/proposal.ts';

/** What the investors tests share: forms, callers, and proposals and calls seeded as their features store them. */

export const interests = (change: Partial<InvestorInterests> = {}): InvestorInterests => ({
  sectors: ['renewable-energy'],
  iprcs: [],
  provinces: ['Kigali City'],
  ticketMin: 1_000,
  ticketMax: 10_000,
  currency: 'EUR',
  instruments: ['grant', 'loan'],
  ...change,
});

/** A valid public sign-up of `email`. */
export const signUpForm = (email: string, change: Record<string, unknown> = {}) => ({
  organisation: `Fund of ${email.split('@')[0]}`,
  name: `Contact ${email.split('@')[0]}`,
  email,
  locale: 'en',
  interests: interests(),
  consent: { terms: true, version: '2026-12' },
  ...change,
});

/** The investor account the gateway invites for a verified address. */
export const investorCaller = (email: string) => ({
  id: `acc-${email}`,
  name: `Investor ${email}`,
  email,
  roles: ['investor' as const],
});
export { auditor, pm, twgMember } from '../funding.testing.ts';

/** A proposal as the proposals feature stores it (seeded through the store, so its projection follows). */
export async function seedProposal(service: ServiceUnderTest, id: string, change: Partial<Proposal> = {}) {
  const proposal: Proposal = {
    callId: 'call-1',
    totId: `tot-${id}`,
    iprc: 'KGL',
    team: [
      { personId: 'trainee-ada', role: 'trainee', sex: 'woman' },
      { personId: 'trainer-jean', role: 'trainer' },
    ],
    leadId: 'trainee-ada',
    title: 'Solar dryers for maize cooperatives',
    summary: 'Solar dryers built by trainees cut post-harvest losses for three cooperatives.',
    problem: 'Maize rots before it is sold: a third of the harvest is lost in the rainy season.',
    localNeed: 'Three cooperatives near Kigali asked the IPRC for drying capacity.',
    solution: 'Trainees build and maintain six solar dryers and train cooperative members to run them.',
    sector: 'renewable-energy',
    currency: 'EUR',
    budget: [
      { item: 'Solar panels', quantity: 6, unitCost: 500 },
      { item: 'Frames and mesh', quantity: 6, unitCost: 300 },
    ],
    jobsExpected: 12,
    milestones: [
      { id: 'm1', title: 'First two dryers running', due: '2027-06-30', amount: 2_400 },
      { id: 'm2', title: 'All six dryers running', due: '2027-10-31', amount: 2_400 },
    ],
    attachments: [],
    status: 'submitted',
    submittedAt: new Date().toISOString(),
    ...change,
  };
  await service.app.get(AggregateStore).of<Proposal>(PROPOSAL).create(id, proposal);
  return proposal;
}

/** An open call as the calls feature stores it. */
export async function seedCall(service: ServiceUnderTest, id: string, change: Partial<Call> = {}) {
  const call: Call = {
    title: 'Pilot projects 2027',
    description: 'Pilots of the trainees of finished ToTs.',
    status: 'open',
    deadline: '2027-03-31T23:59:00.000Z',
    rounds: { qualifyingEnds: '2027-04-15', scoringEnds: '2027-05-15' },
    fund: { amount: 50_000, currency: 'EUR' },
    ceiling: 10_000,
    awards: 10,
    eligibility: { minTeam: 1, maxTeam: 8, sectors: [], iprcs: [], minMilestones: 1 },
    rubric: [{ key: 'impact', label: 'Impact', weight: 100, max: 10 }],
    allocationRule: 'skip',
    committee: [{ accountId: 'twg-1', name: 'Member twg-1' }],
    totIds: [],
    openedAt: new Date().toISOString(),
    ...change,
  };
  await service.app.get(AggregateStore).of<Call>(CALL).create(id, call);
  return call;
}

/** The shortlisted event of a seeded proposal, as review publishes it. */
export const shortlistedOf = (proposalId: string, p: Proposal): ProposalShortlistedV1 => ({
  proposalId,
  callId: p.callId,
  totId: p.totId,
  iprc: p.iprc,
  sector: p.sector,
  leadId: p.leadId,
  title: p.title,
  summary: p.summary,
  requested: { amount: requestedOf(p), currency: p.currency },
  jobsExpected: p.jobsExpected,
  rank: 1,
  score: 82.5,
});

export const awardedOf = (proposalId: string, p: Proposal, amount: number): ProposalAwardedV1 =>
  ({
    ...shortlistedOf(proposalId, p),
    score: undefined,
    awarded: { amount, currency: p.currency },
    tranches: p.milestones.length,
  }) as ProposalAwardedV1;

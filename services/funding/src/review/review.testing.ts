import { AggregateStore } from '@ikiraro/messaging';
import type { ServiceUnderTest } from '@ikiraro/testing';
import { CALL, type Call } from '../calls/call.ts';
import { PROPOSAL, type Proposal, proposalIdOf } from '../proposals/proposal.ts';

/**
 * The review tests' own seeds: calls and submitted proposals written through the store in the state shapes of
 * call.ts and proposal.ts, as the calls and proposals features store them. Callers are funding's (funding.testing.ts).
 */
export { auditor, pm, twgMember as twg } from '../funding.testing.ts';

/** A closed call: 12 000 EUR for at most 3 awards, a two-criterion rubric, teams of 2–6 in two sectors. */
export const callState = (committee: string[], totIds: string[], change: Partial<Call> = {}): Call => ({
  title: 'Pilot projects 2027',
  description: 'Pilots of the ToTs of 2026',
  status: 'closed',
  deadline: new Date(Date.now() - 86_400_000).toISOString(),
  rounds: { qualifyingEnds: '2027-03-01', scoringEnds: '2027-04-01' },
  fund: { amount: 12_000, currency: 'EUR' },
  ceiling: 10_000,
  awards: 3,
  eligibility: {
    minTeam: 2,
    maxTeam: 6,
    sectors: ['electrical', 'renewable-energy'],
    iprcs: [],
    minMilestones: 2,
  },
  rubric: [
    { key: 'impact', label: 'Impact', weight: 60, max: 5 },
    { key: 'feasibility', label: 'Feasibility', weight: 40, max: 10 },
  ],
  allocationRule: 'skip',
  committee: committee.map((accountId) => ({ accountId, name: `Member ${accountId}` })),
  totIds,
  openedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
  closedAt: new Date(Date.now() - 86_400_000).toISOString(),
  ...change,
});

/** A submitted proposal asking `requested` in one budget line, paid in two milestones, from two trainees. */
export const proposalState = (
  callId: string,
  totId: string,
  requested: number,
  change: Partial<Proposal> = {},
): Proposal => ({
  callId,
  totId,
  iprc: 'MSZ',
  team: [
    { personId: `${totId}-t1`, role: 'trainee', sex: 'woman' },
    { personId: `${totId}-t2`, role: 'trainee', sex: 'man' },
    { personId: `${totId}-m`, role: 'trainer' },
  ],
  leadId: `${totId}-t1`,
  title: `Pilot of ${totId}`,
  summary: `Trainees of ${totId} build and run a pilot for local cooperatives.`,
  problem: 'Harvests are lost before they reach the market.',
  localNeed: 'Two cooperatives asked the IPRC for help.',
  solution: 'Equipment built and maintained in the IPRC workshop.',
  sector: 'renewable-energy',
  currency: 'EUR',
  budget: [{ item: 'Equipment', quantity: 1, unitCost: requested }],
  jobsExpected: 5,
  milestones: [
    { id: `${totId}-ms1`, title: 'Built', due: '2027-06-01', amount: requested - Math.floor(requested / 2) },
    { id: `${totId}-ms2`, title: 'In use', due: '2027-09-01', amount: Math.floor(requested / 2) },
  ],
  attachments: [],
  status: 'submitted',
  submittedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  ...change,
});

/** Seeds a call and its proposals (by ToT); answers each proposal's id, by ToT. */
export async function seedCall(
  service: ServiceUnderTest,
  callId: string,
  call: Call,
  proposals: Record<string, Partial<Proposal> & { requested: number }>,
) {
  const store = service.app.get(AggregateStore);
  await store.of<Call>(CALL).create(callId, call);
  const ids: Record<string, string> = {};
  for (const [totId, { requested, ...change }] of Object.entries(proposals)) {
    ids[totId] = proposalIdOf(callId, totId);
    await store.of<Proposal>(PROPOSAL).create(ids[totId], proposalState(callId, totId, requested, change));
  }
  return ids;
}

/** A complete draft a team saves through `PUT /public/proposal`: 5 000 asked, paid in two milestones. */
export const teamDraft = (leadId: string) => ({
  title: 'Solar dryers for Kigali cooperatives',
  summary: 'Trainees build and maintain solar fruit dryers for two cooperatives.',
  problem: 'Fruit rots before it reaches the market.',
  localNeed: 'Two cooperatives lose a third of their harvest.',
  solution: 'Low-cost solar dryers built in the IPRC workshop.',
  sector: 'renewable-energy',
  jobsExpected: 6,
  budget: [{ item: 'Solar panels', quantity: 5, unitCost: 1_000 }],
  milestones: [
    { title: 'First dryer built', due: '2027-06-01', amount: 3_000 },
    { title: 'Second dryer in use', due: '2027-09-01', amount: 2_000 },
  ],
  leadId,
});

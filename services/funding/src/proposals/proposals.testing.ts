import { AggregateStore } from '@ikiraro/messaging';
import type { SignedTokens } from '@ikiraro/service-defaults';
import type { ServiceUnderTest } from '@ikiraro/testing';
import { CALL, type Call } from '../calls/call.ts';
import { FUNDING_TOKENS } from '../funding-tokens.ts';
import { INVITATION, type Invitation, invitationIdOf } from '../calls/invitation.ts';

/**
 * The proposals tests' own seeds: a call and its invitations written through the store, as the calls feature
 * writes them, so that these tests need nothing of the calls feature's routes.
 */
const DAY = 86_400_000;
export { pm, twgMember as twg } from '../funding.testing.ts';

export const callState = (change: Partial<Call> = {}): Call => ({
  title: 'Pilot projects 2027',
  description: 'Pilots of the ToTs of 2026',
  status: 'open',
  deadline: new Date(Date.now() + 30 * DAY).toISOString(),
  rounds: { qualifyingEnds: '2027-03-01', scoringEnds: '2027-04-01' },
  fund: { amount: 50_000, currency: 'EUR' },
  ceiling: 10_000,
  awards: 10,
  eligibility: { minTeam: 1, maxTeam: 10, sectors: [], iprcs: [], minMilestones: 1 },
  rubric: [{ key: 'impact', label: 'Impact', weight: 100, max: 5 }],
  allocationRule: 'skip',
  committee: [{ accountId: 'twg-on', name: 'Member twg-on' }],
  totIds: ['tot-1'],
  openedAt: new Date().toISOString(),
  ...change,
});

/** A call with one ToT's team invited (two trainees, its trainer): each invitee's token, by person id. */
export async function seedCall(service: ServiceUnderTest, callId: string, change: Partial<Call> = {}) {
  const store = service.app.get(AggregateStore);
  const tokens = service.app.get<SignedTokens>(FUNDING_TOKENS);
  const call = callState(change);
  await store.of<Call>(CALL).create(callId, call);
  const totId = call.totIds[0]!;
  const people: Omit<Invitation, 'callId' | 'totId' | 'iprc'>[] = [
    {
      role: 'trainee',
      personId: `${callId}-t1`,
      name: 'Alice Mukamana',
      email: 'alice@example.org',
      sex: 'woman',
    },
    {
      role: 'trainee',
      personId: `${callId}-t2`,
      name: 'Eric Habimana',
      email: 'eric@example.org',
      sex: 'man',
    },
    { role: 'trainer', personId: `${callId}-m1`, name: 'Trainer One', email: 'trainer@example.org' },
  ];
  const token: Record<string, string> = {};
  for (const person of people) {
    const id = invitationIdOf(callId, person.personId);
    await store.of<Invitation>(INVITATION).create(id, { callId, totId, iprc: 'KGL', ...person });
    token[person.personId] = tokens.sign(id);
  }
  return { callId, totId, token, trainees: [`${callId}-t1`, `${callId}-t2`], trainer: `${callId}-m1` };
}

/** A complete draft: 5 000 asked in two lines, two milestones paying it. */
export const completeDraft = (leadId: string) => ({
  title: 'Solar dryers for Musanze cooperatives',
  summary: 'Trainees build and maintain solar fruit dryers for two cooperatives.',
  problem: 'Fruit rots before it reaches the market.',
  localNeed: 'Two cooperatives lose a third of their harvest.',
  solution: 'Low-cost solar dryers built in the IPRC workshop.',
  sector: 'electrical',
  jobsExpected: 6,
  budget: [
    { item: 'Solar panels', quantity: 4, unitCost: 1_000 },
    { item: 'Frames and mesh', quantity: 2, unitCost: 500 },
  ],
  milestones: [
    { title: 'First dryer built', due: '2027-06-01', amount: 3_000 },
    { title: 'Second dryer in use', due: '2027-09-01', amount: 2_000 },
  ],
  leadId,
});

export const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

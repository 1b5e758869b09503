import { ProposalAwarded, type ProposalAwardedV1 } from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
import { publishEvents, type ServiceUnderTest } from '@ikiraro/testing';
import { PROPOSAL, type Proposal, proposalIdOf } from '../proposals/proposal.ts';
import { seedCall } from '../proposals/proposals.testing.ts';
import { proposalState } from '../review/review.testing.ts';

/**
 * The awards tests' own seeds: a call with its team invited (proposals' seeds), the team's shortlisted proposal
 * asking `requested` in two milestones (review's seeds), then review's award of `awarded` published as review
 * publishes it. Answers the award's id, the team's tokens and the awarded event.
 */
export async function awardedProposal(
  service: ServiceUnderTest,
  callId: string,
  requested: number,
  awarded: number,
) {
  const seeded = await seedCall(service, callId);
  const id = proposalIdOf(callId, seeded.totId);
  const proposal = proposalState(callId, seeded.totId, requested, {
    iprc: 'KGL',
    status: 'shortlisted',
    leadId: seeded.trainees[0]!,
  });
  await service.app.get(AggregateStore).of<Proposal>(PROPOSAL).create(id, proposal);
  const [published] = await publishEvents(ProposalAwarded, [
    { subject: id, data: awardedOf(id, proposal, awarded) },
  ]);
  return { ...seeded, id, proposal, published: published! };
}

export const awardedOf = (id: string, p: Proposal, awarded: number): ProposalAwardedV1 => ({
  proposalId: id,
  callId: p.callId,
  totId: p.totId,
  iprc: p.iprc,
  sector: p.sector,
  leadId: p.leadId,
  title: p.title,
  summary: p.summary,
  requested: { amount: p.budget.reduce((s, l) => s + l.quantity * l.unitCost, 0), currency: p.currency },
  jobsExpected: p.jobsExpected,
  awarded: { amount: awarded, currency: p.currency },
  rank: 1,
  tranches: p.milestones.length,
});

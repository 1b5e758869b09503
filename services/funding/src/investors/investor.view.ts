import type { ProposalTeaser } from '@ikiraro/contracts';
import type { Versioned } from '@ikiraro/messaging';
import type { Investor, Match, Pledge } from './investor.ts';
import type {
  InvestorProfileView,
  InvestorProposalView,
  MatchView,
  PledgeView,
  TeaserView,
} from './investor-view.dto.ts';
import type { Seen } from './investor-desk.service.ts';

export const profileOf = ({ id, state }: Versioned<Investor>): InvestorProfileView => ({
  investorId: id,
  organisation: state.organisation,
  name: state.name ?? null,
  email: state.email ?? null,
  locale: state.locale,
  interests: state.interests,
  verifiedAt: state.verifiedAt ?? null,
});

/** The teaser's public fields: not the team's lead or its ToT. */
export const teaserView = (t: ProposalTeaser): TeaserView => ({
  proposalId: t.proposalId,
  callId: t.callId,
  title: t.title,
  summary: t.summary,
  sector: t.sector,
  iprc: t.iprc,
  requested: t.requested,
  jobsExpected: t.jobsExpected,
});

export const matchView = (m: Match & { _id: string }, interested: boolean): MatchView => ({
  ...teaserView(m.teaser),
  matchId: m._id,
  stage: m.stage,
  reasons: m.reasons,
  matchedAt: m.matchedAt,
  interestExpressed: interested,
});

export const pledgeView = (p: Pledge & { _id: string }): PledgeView => ({
  pledgeId: p._id,
  proposalId: p.proposalId,
  pledged: p.pledged,
  instrument: p.instrument,
  conditions: p.conditions ?? null,
  madeAt: p.madeAt,
});

/** The teaser of the latest match; in full after interest, from the proposal's fields that name no one. */
export function proposalView(seen: Seen, pledges: (Pledge & { _id: string })[]): InvestorProposalView {
  const latest = seen.matches[0]!.state;
  const p = seen.proposal;
  return {
    ...teaserView(latest.teaser),
    stages: seen.matches.map((m) => m.state.stage),
    reasons: latest.reasons,
    interestExpressed: seen.interest !== null,
    termsVersion: seen.interest?.termsVersion ?? null,
    details: p
      ? {
          problem: p.problem,
          localNeed: p.localNeed,
          solution: p.solution,
          currency: p.currency,
          budget: p.budget.map(({ item, quantity, unitCost }) => ({
            item,
            quantity,
            unitCost,
            total: quantity * unitCost,
          })),
          milestones: p.milestones.map(({ title, due, amount }) => ({ title, due, amount })),
        }
      : null,
    pledges: pledges.map(pledgeView),
  };
}

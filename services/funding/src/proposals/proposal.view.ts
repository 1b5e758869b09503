import type { Call } from '../calls/call.ts';
import type { ProposalSummaryView, ProposalView } from './proposal-view.dto.ts';
import { missingOf } from './proposal.rules.ts';
import { type Proposal, requestedOf } from './proposal.ts';

/** The whole proposal with its computed totals and what it still lacks; names from the team's invitations. */
export function viewOf(id: string, p: Proposal, call: Call, names: Map<string, string | null>): ProposalView {
  return {
    id,
    callId: p.callId,
    totId: p.totId,
    iprc: p.iprc,
    status: p.status,
    title: p.title,
    summary: p.summary,
    problem: p.problem,
    localNeed: p.localNeed,
    solution: p.solution,
    sector: p.sector,
    currency: p.currency,
    jobsExpected: p.jobsExpected,
    budget: p.budget.map((line) => ({ ...line, total: line.quantity * line.unitCost })),
    requested: requestedOf(p),
    ceiling: call.ceiling,
    deadline: call.deadline,
    milestones: p.milestones,
    attachments: p.attachments,
    leadId: p.leadId,
    team: p.team.map((m) => ({ personId: m.personId, role: m.role, name: names.get(m.personId) ?? null })),
    missing: p.status === 'draft' ? missingOf(p) : [],
    ...(p.submittedAt ? { submittedAt: p.submittedAt } : {}),
    ...(p.screening ? { screening: p.screening } : {}),
  };
}

export const summaryOf = (id: string, p: Proposal): ProposalSummaryView => ({
  id,
  status: p.status,
  title: p.title,
  sector: p.sector,
  iprc: p.iprc,
  totId: p.totId,
  requested: requestedOf(p),
  currency: p.currency,
  ...(p.submittedAt ? { submittedAt: p.submittedAt } : {}),
});

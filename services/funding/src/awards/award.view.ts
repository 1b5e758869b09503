import type { AwardMilestoneView, AwardSummaryView, AwardView } from './award-view.dto.ts';
import type { Award, AwardMilestone } from './award.ts';
import { ledgerOf, nextOf } from './award.rules.ts';

const milestoneView = ({ milestoneId, ...m }: AwardMilestone): AwardMilestoneView => ({
  id: milestoneId,
  ...m,
});

/** The award as staff see it; `mentorName` is its paired mentor's (null once withdrawn or erased). */
export const viewOf = (id: string, a: Award, mentorName: string | null): AwardView => ({
  id,
  callId: a.callId,
  totId: a.totId,
  title: a.title,
  iprc: a.iprc,
  sector: a.sector,
  currency: a.currency,
  rank: a.rank,
  awardedAt: a.awardedAt,
  milestones: a.milestones.map(milestoneView),
  ledger: ledgerOf(a),
  ...(a.mentor ? { mentor: { ...a.mentor, name: mentorName } } : {}),
});

export function summaryOf(id: string, a: Award): AwardSummaryView {
  const next = nextOf(a);
  return {
    id,
    callId: a.callId,
    title: a.title,
    iprc: a.iprc,
    sector: a.sector,
    currency: a.currency,
    awarded: a.awarded,
    paid: ledgerOf(a).paid,
    next: next ? { id: next.milestoneId, title: next.title, due: next.due, status: next.status } : null,
  };
}

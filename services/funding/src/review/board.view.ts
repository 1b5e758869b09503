import type { Caller } from '@ikiraro/auth';
import type { Call } from '../calls/call.ts';
import { requestedOf } from '../proposals/proposal.ts';
import type { ReviewBoardView, ReviewItemView } from './review-view.dto.ts';
import { seesEveryCall, type Tallied } from './review.records.ts';
import { DISAGREEMENT_RULE } from './review.rules.ts';

export const RANKING_RULE =
  'By mean weighted score (0–100); ties: more jobs expected first, then the earlier submission.';

/**
 * The committee's board as the caller may see it: a member sees the others' scores, the mean and the rank of a
 * proposal only once their own score or recusal is in (a blind first read); staff and auditors see all.
 */
export function boardOf(
  callId: string,
  call: Call,
  tally: { items: Tallied[]; unscreened: unknown[]; disqualified: number },
  shortlisted: boolean,
  caller: Caller,
): ReviewBoardView {
  const items = tally.items.map((t) => itemOf(t, caller));
  return {
    callId,
    title: call.title,
    rubric: call.rubric,
    committee: call.committee.length,
    disagreementRule: DISAGREEMENT_RULE,
    rankingRule: RANKING_RULE,
    unscreened: tally.unscreened.length,
    disqualified: tally.disqualified,
    shortlisted,
    // Hidden proposals after the visible ones, by title: their place would tell the others' scores.
    items: [...items.filter((i) => i.visible), ...items.filter((i) => !i.visible).toSorted(byTitle)],
  };
}

const byTitle = (a: ReviewItemView, b: ReviewItemView) =>
  a.title.localeCompare(b.title) || a.proposalId.localeCompare(b.proposalId);

function itemOf(t: Tallied, caller: Caller): ReviewItemView {
  const own = t.scores.find((s) => s.memberId === caller.id);
  const recused = t.conflicts.some((c) => c.memberId === caller.id);
  const visible = seesEveryCall(caller) || own !== undefined || recused;
  return {
    proposalId: t.proposalId,
    title: t.proposal.title,
    sector: t.proposal.sector,
    iprc: t.proposal.iprc,
    requested: requestedOf(t.proposal),
    jobsExpected: t.proposal.jobsExpected,
    submittedAt: t.proposal.submittedAt ?? null,
    mine: own
      ? { proposalId: t.proposalId, scores: own.scores, total: own.total, comment: own.comment, at: own.at }
      : null,
    recused,
    visible,
    scores: visible
      ? t.scores.map((s) => ({
          memberId: s.memberId,
          name: s.name,
          scores: s.scores,
          total: s.total,
          comment: s.comment,
        }))
      : null,
    mean: visible ? t.mean : null,
    spread: visible ? t.spread : null,
    disagreement: visible ? t.disagreement : null,
    rank: visible ? t.rank : null,
    scoreCount: t.scores.length,
    recusalCount: t.conflicts.length,
    recusals: t.conflicts.map((c) => ({
      memberId: c.memberId,
      name: c.name,
      reason: visible ? c.reason : null,
    })),
  };
}

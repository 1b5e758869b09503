import type { Caller } from '@ikiraro/auth';
import { DomainError } from '@ikiraro/service-defaults';
import type { PanelScoreDto } from '../applications/application-view.dto.ts';
import type { Application, Declaration, Scorecard } from '../applications/application.ts';
import type { Criterion, Tor } from '../tors/tor.ts';

/** A spread of this many points (out of 100) between two reviewers' totals is flagged as disagreement. */
export const DISAGREEMENT_POINTS = 20;
/** …and so is one criterion scored this far apart (on the 1–5 scale). */
export const DISAGREEMENT_ON_A_CRITERION = 3;

const conflict = (code: string, message: string) => new DomainError(code, 'conflict', message);
const forbiddenTo = (code: string, message: string) => new DomainError(code, 'forbidden', message);

export const onPanel = (tor: Pick<Tor, 'panel'>, reviewerId: string) =>
  tor.panel.reviewers.some((r) => r.id === reviewerId);

export const declarationOf = (application: Application, reviewerId: string): Declaration | undefined =>
  application.declarations.find((d) => d.reviewerId === reviewerId);

/** The reviewer is on the ToR's panel; otherwise its applications are not theirs to see. */
export function assertPanelist(tor: Pick<Tor, 'panel'>, caller: Caller) {
  if (!onPanel(tor, caller.id))
    throw forbiddenTo('review.not_on_panel', "You are not on this ToR's review panel");
}

/**
 * A reviewer's declaration on one application: "no conflict" may later become "conflict" (they recognised the
 * applicant), never the other way round. A conflict excludes them from the application, scorecard included.
 */
export function declare(
  application: Application,
  reviewerId: string,
  conflictOfInterest: boolean,
  reason: string | undefined,
  at: Date,
): Declaration[] {
  const previous = declarationOf(application, reviewerId);
  if (previous?.conflict)
    throw conflict(
      'review.conflict_declared',
      'You declared a conflict of interest on this application: it stands',
    );
  if (previous && !conflictOfInterest)
    throw conflict('review.already_declared', 'You already declared no conflict on this application');
  if (conflictOfInterest && !reason?.trim())
    throw new DomainError(
      'review.reason_required',
      'invalid',
      'Say briefly what the conflict of interest is',
    );
  const declaration: Declaration = {
    reviewerId,
    conflict: conflictOfInterest,
    ...(conflictOfInterest ? { reason: reason!.trim() } : {}),
    at: at.toISOString(),
  };
  return [...application.declarations.filter((d) => d.reviewerId !== reviewerId), declaration];
}

/** Whether the application is still open to the panel's scores. */
export function assertScorable(application: Application) {
  if (application.status === 'ineligible')
    throw conflict('review.not_eligible', 'The application failed screening: it is not scored');
  if (application.status !== 'eligible' && application.status !== 'shortlisted')
    throw conflict('review.closed', `A decision was made on this application (${application.status})`);
}

/** The weighted total of one reviewer's scores, 0–100 (all 1s is 0, all 5s is 100). */
export function totalOf(criteria: Criterion[], scores: Record<string, number>): number {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0) || 1;
  const points = criteria.reduce((sum, c) => sum + (c.weight * ((scores[c.code] ?? 1) - 1)) / 4, 0);
  return Math.round((points / weights) * 1000) / 10;
}

/** A scorecard from a reviewer who declared no conflict, with a 1–5 score for every criterion and nothing else. */
export function scorecard(
  tor: Pick<Tor, 'criteria'>,
  application: Application,
  reviewer: Pick<Caller, 'id' | 'name'>,
  scores: Record<string, number>,
  comment: string | undefined,
  at: Date,
): Scorecard[] {
  assertScorable(application);
  const declared = declarationOf(application, reviewer.id);
  if (!declared)
    throw conflict(
      'review.declaration_missing',
      'Declare whether you have a conflict of interest before scoring',
    );
  if (declared.conflict)
    throw forbiddenTo(
      'review.conflict_declared',
      'You declared a conflict of interest: you cannot score this application',
    );
  const codes = tor.criteria.map((c) => c.code);
  const unknown = Object.keys(scores).filter((code) => !codes.includes(code));
  const missing = codes.filter((code) => !(code in scores));
  if (unknown.length || missing.length)
    throw new DomainError(
      'review.scores_invalid',
      'invalid',
      `Score every criterion once: ${[...missing.map((c) => `missing ${c}`), ...unknown.map((c) => `unknown ${c}`)].join(', ')}`,
    );
  const bad = codes.filter(
    (code) => !Number.isInteger(scores[code]) || scores[code]! < 1 || scores[code]! > 5,
  );
  if (bad.length)
    throw new DomainError(
      'review.scores_invalid',
      'invalid',
      `Scores are whole numbers 1–5: ${bad.join(', ')}`,
    );
  const card: Scorecard = {
    reviewerId: reviewer.id,
    reviewerName: reviewer.name,
    scores: Object.fromEntries(codes.map((code) => [code, scores[code]!])),
    ...(comment?.trim() ? { comment: comment.trim() } : {}),
    total: totalOf(tor.criteria, scores),
    at: at.toISOString(),
  };
  return [...application.scorecards.filter((s) => s.reviewerId !== reviewer.id), card];
}

/** The scorecards that count: from the ToR's current panel, and not from anyone who later declared a conflict. */
export function countedScorecards(tor: Pick<Tor, 'panel'>, application: Application): Scorecard[] {
  return application.scorecards.filter(
    (card) => onPanel(tor, card.reviewerId) && !declarationOf(application, card.reviewerId)?.conflict,
  );
}

export type PanelScore = PanelScoreDto;

/** The panel's scores put together: mean, range, and where reviewers disagree. */
export function aggregate(tor: Pick<Tor, 'panel' | 'criteria'>, application: Application): PanelScore {
  const cards = countedScorecards(tor, application);
  if (cards.length === 0) return { reviewers: 0, mean: null, lowest: null, highest: null, disagreement: [] };
  const totals = cards.map((c) => c.total);
  const [lowest, highest] = [Math.min(...totals), Math.max(...totals)];
  const disagreement: string[] = [];
  if (cards.length > 1 && highest - lowest >= DISAGREEMENT_POINTS)
    disagreement.push(`totals range from ${lowest} to ${highest}`);
  for (const { code, label } of tor.criteria) {
    const given = cards.map((c) => c.scores[code] ?? 0);
    if (Math.max(...given) - Math.min(...given) >= DISAGREEMENT_ON_A_CRITERION)
      disagreement.push(`${label}: scores from ${Math.min(...given)} to ${Math.max(...given)}`);
  }
  const mean = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10;
  return { reviewers: cards.length, mean, lowest, highest, disagreement };
}

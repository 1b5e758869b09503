import type { Caller } from '@ikiraro/auth';
import { createHash } from 'node:crypto';
import { aggregate, countedScorecards, declarationOf } from '../review/review.rules.ts';
import type { Tor } from '../tors/tor.ts';
import type { ApplicationViewDto } from './application-view.dto.ts';
import type { Application } from './application.ts';

/** A stable pseudonym: what a blind panel, and the donor's report, call an applicant. */
export const applicantCode = (applicationId: string) =>
  `A-${createHash('sha256').update(applicationId).digest('hex').slice(0, 6).toUpperCase()}`;

const isStaff = (caller: Caller) =>
  caller.roles.some((role) => role === 'programme-manager' || role === 'admin' || role === 'auditor');

/**
 * An application as the caller may see it. Staff (programme manager, admin, auditor) see everything. A reviewer
 * sees what scoring needs: on a blind panel no name and no member id (gender, age, nationality and photos never
 * reach selection at all); no one else's scores until they have submitted their own; nothing but their
 * declaration once they declared a conflict. Every route a reviewer can reach builds its answer here.
 */
export function viewFor(caller: Caller, tor: Tor, id: string, application: Application): ApplicationViewDto {
  const panel = aggregate(tor, application);
  const common = {
    id,
    torId: application.torId,
    code: applicantCode(id),
    status: application.status,
    submittedAt: application.submittedAt,
  };
  if (isStaff(caller))
    return {
      ...common,
      memberId: application.memberId,
      applicantName: application.applicantName,
      motivation: application.motivation,
      profile: application.profile,
      screening: application.screening,
      match: application.match,
      declarations: application.declarations.map((d) => ({
        ...d,
        reviewerName: tor.panel.reviewers.find((r) => r.id === d.reviewerId)?.name ?? null,
      })),
      scorecards: application.scorecards,
      counted: countedScorecards(tor, application).map((c) => c.reviewerId),
      panel,
      notes: application.notes,
      decision: application.decision ?? null,
      placement: application.placement ?? null,
      trail: application.trail,
    };
  const mine = declarationOf(application, caller.id);
  if (mine?.conflict) return { ...common, myDeclaration: mine, recused: true as const };
  const myCard = application.scorecards.find((c) => c.reviewerId === caller.id);
  const blind = tor.panel.blind;
  return {
    ...common,
    ...(blind ? {} : { memberId: application.memberId, applicantName: application.applicantName }),
    blind,
    motivation: application.motivation,
    profile: application.profile,
    screening: application.screening,
    match: application.match,
    myDeclaration: mine ?? null,
    myScorecard: myCard ?? null,
    // Others' scores only once one's own is in: no anchoring on colleagues.
    ...(myCard
      ? {
          scorecards: countedScorecards(tor, application).filter((c) => c.reviewerId !== caller.id),
          panel,
        }
      : { scorecards: null, panel: null }),
    notes: application.notes,
    decision: application.decision ? { outcome: application.decision.outcome } : null,
  };
}

/** What an applicant sees of their own application: its progress and why it failed screening, if it did. */
export const applicantViewOf = (
  id: string,
  application: Application,
  tor: Pick<Tor, 'title' | 'iprc'> | null,
) => ({
  id,
  torId: application.torId,
  torTitle: tor?.title ?? null,
  iprc: tor?.iprc ?? null,
  submittedAt: application.submittedAt,
  status: application.status,
  screening: application.screening,
});

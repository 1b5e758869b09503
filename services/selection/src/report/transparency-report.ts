import { spreadsheetCsv } from '@ikiraro/service-defaults';
import type { Application } from '../applications/application.ts';
import { applicantCode } from '../applications/application.view.ts';
import { aggregate, countedScorecards } from '../review/review.rules.ts';
import type { Tor } from '../tors/tor.ts';

/**
 * Everything that shows how a ToR's selection was made, for a donor or an auditor: the rules and weights, the
 * panel, each application's screening, match, declarations, scores, notes and decision with its reason, and the
 * full trail. Applicants appear by their code only: the report proves fairness without naming anyone.
 */
export function transparencyReport(torId: string, tor: Tor, applications: [string, Application][]) {
  return {
    tor: {
      id: torId,
      title: tor.title,
      iprc: tor.iprc,
      subject: tor.subject,
      experts: tor.experts,
      period: tor.period,
      durationMonths: tor.durationMonths,
      status: tor.status,
      requirements: tor.requirements,
    },
    method: {
      eligibility: tor.eligibility,
      matchWeights: tor.matchWeights,
      criteria: tor.criteria,
      blindReview: tor.panel.blind,
      match:
        'Each requirement met fully, partly or not, times its weight; gender, age, nationality and photos never enter it.',
      panelScore: 'Mean of the weighted totals (0–100) of the reviewers who declared no conflict.',
    },
    panel: tor.panel.reviewers.map((r) => ({ id: r.id, name: r.name })),
    applications: applications
      .map(([id, a]) => ({
        code: applicantCode(id),
        submittedAt: a.submittedAt,
        status: a.status,
        screening: {
          eligible: a.screening.eligible,
          failed: a.screening.results.filter((r) => !r.passed).map((r) => r.rule),
        },
        match: a.match,
        declarations: a.declarations.map((d) => ({
          reviewer: nameOf(tor, d.reviewerId),
          conflict: d.conflict,
          at: d.at,
        })),
        scorecards: a.scorecards.map((c) => ({
          reviewer: c.reviewerName,
          scores: c.scores,
          total: c.total,
          counted: countedScorecards(tor, a).includes(c),
          at: c.at,
        })),
        panel: aggregate(tor, a),
        interviewNotes: a.notes.map((n) => ({ by: n.by.name, at: n.at, text: n.text })),
        decision: a.decision
          ? {
              outcome: a.decision.outcome,
              reason: a.decision.reason,
              by: a.decision.by.name,
              at: a.decision.at,
            }
          : null,
        placement: a.placement ?? null,
        trail: a.trail.map((line) => ({
          ...line,
          by: line.by.role === 'member' ? { ...line.by, id: '', name: 'applicant' } : line.by,
        })),
      }))
      .sort((a, b) => b.match.total - a.match.total || a.code.localeCompare(b.code)),
    trail: tor.trail,
  };
}

const nameOf = (tor: Tor, reviewerId: string) =>
  tor.panel.reviewers.find((r) => r.id === reviewerId)?.name ?? reviewerId;

export type TransparencyReport = ReturnType<typeof transparencyReport>;

/** One row per application and reviewer (or one with no reviewer): the spreadsheet a donor asks for. */
export function reportCsv(report: TransparencyReport): string {
  const criteria = report.method.criteria.map((c) => c.code);
  const header = [
    'applicant',
    'status',
    'eligible',
    'failedRules',
    'matchTotal',
    'reviewer',
    'conflictDeclared',
    'counted',
    ...criteria,
    'reviewerTotal',
    'panelMean',
    'disagreement',
    'decision',
    'reason',
    'decidedBy',
    'decidedAt',
  ];
  const rows = report.applications.flatMap((a) => {
    const reviewers = [
      ...new Set([...a.declarations.map((d) => d.reviewer), ...a.scorecards.map((s) => s.reviewer)]),
    ];
    return (reviewers.length ? reviewers : ['']).map((reviewer) => {
      const card = a.scorecards.find((s) => s.reviewer === reviewer);
      const declared = a.declarations.find((d) => d.reviewer === reviewer);
      return [
        a.code,
        a.status,
        a.screening.eligible,
        a.screening.failed.join(';'),
        a.match.total,
        reviewer,
        declared ? declared.conflict : '',
        card ? card.counted : '',
        ...criteria.map((c) => card?.scores[c] ?? ''),
        card?.total ?? '',
        a.panel.mean ?? '',
        a.panel.disagreement.join('; '),
        a.decision?.outcome ?? '',
        a.decision?.reason ?? '',
        a.decision?.by ?? '',
        a.decision?.at ?? '',
      ];
    });
  });
  return spreadsheetCsv([header, ...rows]);
}

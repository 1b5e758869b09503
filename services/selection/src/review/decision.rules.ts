import { DomainError } from '@ikiraro/service-defaults';
import type { Application, Outcome } from '../applications/application.ts';
import type { Tor } from '../tors/tor.ts';

const conflict = (code: string, message: string) => new DomainError(code, 'conflict', message);

/** Eligible and scored by at least one counted reviewer: ready for an interview. */
export function assertShortlistable(application: Application, scored: number) {
  if (application.status !== 'eligible')
    throw conflict(
      'application.not_eligible',
      `Only an eligible application is shortlisted (this one is ${application.status})`,
    );
  if (scored === 0) throw conflict('review.not_scored', 'No reviewer has scored this application yet');
}

/**
 * Which decisions an application can take: a shortlisted one any; a reserve can still be selected or rejected;
 * an eligible one can only be rejected (at scoring). Selected, rejected and withdrawn are final.
 */
export function assertDecidable(application: Application, outcome: Outcome) {
  const from = application.status;
  const allowed =
    from === 'shortlisted' ||
    (from === 'reserve' && outcome !== 'reserve') ||
    (from === 'eligible' && outcome === 'rejected');
  if (!allowed) throw conflict('decision.not_allowed', `An application that is ${from} cannot be ${outcome}`);
}

/** The stage at which a rejection happens, for `selection.application.rejected`. */
export const stageOf = (application: Application) =>
  application.status === 'eligible' ? 'scoring' : 'selection';

const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** The placement agreed: given, it must fall in the ToR's period; otherwise the period's first months. */
export function placementOf(
  tor: Pick<Tor, 'period' | 'durationMonths'>,
  given?: { start: string; end: string },
) {
  if (given) {
    if (given.start < tor.period.start || given.end > tor.period.end)
      throw new DomainError(
        'decision.placement_outside_period',
        'invalid',
        `The placement must fall between ${tor.period.start} and ${tor.period.end}`,
      );
    return { start: given.start, end: given.end };
  }
  const end = addMonths(tor.period.start, tor.durationMonths);
  return { start: tor.period.start, end: end > tor.period.end ? tor.period.end : end };
}

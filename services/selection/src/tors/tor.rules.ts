import { assertIprc, type Caller } from '@ikiraro/auth';
import { DomainError } from '@ikiraro/service-defaults';
import type { ClosingReason, Reviewer, Tor, TorFields } from './tor.ts';

export const torNotFound = (id: string) => new DomainError('tor.not_found', 'not_found', `No ToR ${id}`);

const wrongStatus = (tor: Tor, expected: Tor['status'], action: string) =>
  new DomainError(
    `tor.not_${expected}`,
    'conflict',
    `The ToR is ${tor.status}: only a ToR ${expected} can ${action}`,
  );

/** Dates the right way round, a placement that fits in the period, criteria with distinct codes. */
export function assertConsistent(fields: TorFields) {
  const invalid = (message: string) => new DomainError('tor.invalid', 'invalid', message);
  if (fields.period.end < fields.period.start) throw invalid('period.end must not be before period.start');
  const days = (Date.parse(fields.period.end) - Date.parse(fields.period.start)) / 86_400_000 + 1;
  if (days < fields.durationMonths * 28)
    throw invalid(`A ${fields.durationMonths}-month placement does not fit in the period`);
  const codes = fields.criteria.map((c) => c.code);
  if (new Set(codes).size !== codes.length) throw invalid('Each criterion needs its own code');
  if (Object.values(fields.matchWeights).every((w) => w === 0))
    throw invalid('At least one match weight above 0');
}

/** An IPRC focal point drafts and edits the ToRs of their own IPRC only. */
export const assertAuthorOf = (caller: Caller, iprc: Tor['iprc']) => assertIprc(caller, iprc);

/** Roles that read every ToR (TWG members review across IPRCs); any one of them lifts a focal point's scope. */
const readsEveryTor = ['admin', 'programme-manager', 'auditor', 'twg-member'];

/**
 * The IPRC whose ToRs the caller may read: a focal point their own (none, when the account names no IPRC),
 * everyone else every IPRC (`undefined`). A ToR outside it is answered as not found, so that a refusal does not
 * tell which IPRC it belongs to.
 */
export const readScopeOf = (caller: Caller): { iprc: Tor['iprc'] | null } | undefined =>
  caller.roles.includes('iprc-focal-point') && !caller.roles.some((r) => readsEveryTor.includes(r))
    ? { iprc: caller.iprc ?? null }
    : undefined;

export const mayRead = (caller: Caller, tor: Pick<Tor, 'iprc'>) => {
  const scope = readScopeOf(caller);
  return !scope || scope.iprc === tor.iprc;
};

export function edit(tor: Tor, changes: Partial<TorFields>): Tor {
  if (tor.status !== 'draft') throw wrongStatus(tor, 'draft', 'be edited');
  const edited = { ...tor, ...changes };
  assertConsistent(edited);
  return edited;
}

export function approve(tor: Tor): Tor {
  if (tor.status !== 'draft') throw wrongStatus(tor, 'draft', 'be approved');
  return { ...tor, status: 'approved' };
}

export function publish(tor: Tor): Tor {
  if (tor.status !== 'approved') throw wrongStatus(tor, 'approved', 'be published');
  return { ...tor, status: 'published' };
}

export function close(tor: Tor, reason: ClosingReason): Tor {
  if (tor.status !== 'published') throw wrongStatus(tor, 'published', 'be closed');
  return { ...tor, status: 'closed', closingReason: reason };
}

/** The panel may change at any time; whether it reviews blind is settled before the ToR is published. */
export function setPanel(tor: Tor, reviewers: Reviewer[], blind: boolean): Tor {
  if (blind !== tor.panel.blind && (tor.status === 'published' || tor.status === 'closed'))
    throw new DomainError(
      'review.blind_locked',
      'conflict',
      'Blind review is switched on or off before the ToR is published, not after applications come in',
    );
  const ids = reviewers.map((r) => r.id);
  if (new Set(ids).size !== ids.length)
    throw new DomainError('tor.invalid', 'invalid', 'A reviewer is on a panel once');
  return { ...tor, panel: { reviewers, blind } };
}

/** What the public pages and registrants see of a published ToR: no panel, rules or history. */
export const publicViewOf = (id: string, tor: Tor) => ({
  id,
  iprc: tor.iprc,
  subject: tor.subject,
  title: tor.title,
  description: tor.description,
  requirements: tor.requirements,
  experts: tor.experts,
  period: tor.period,
  durationMonths: tor.durationMonths,
});

import { programme } from '@ikiraro/programme';
import type { Versioned } from '@ikiraro/messaging';
import type { Contact } from '../contacts/contacts.ts';
import type { OfferView, PlacementSummaryView, PlacementView } from './placement-view.dto.ts';
import type { Placement } from './placement.ts';
import { dayOf, lateness } from './placement.rules.ts';

export const institutionName = (code: string) =>
  programme().host.institutions.find((i) => i.code === code)?.name ?? code;

function lateCounts(p: Placement, today: string, soonDays: number) {
  const marks = p.tasks.map((t) => lateness(t, today, soonDays));
  return {
    overdue: marks.filter((m) => m === 'overdue').length,
    dueSoon: marks.filter((m) => m === 'due-soon').length,
  };
}

export function summaryOf(
  { id, state: p }: Versioned<Placement>,
  contact: Contact | undefined,
  torTitle: string | null,
  soonDays: number,
  now = new Date(),
): PlacementSummaryView {
  return {
    id,
    status: p.status,
    iprc: p.iprc,
    torId: p.torId,
    torTitle,
    professional: contact?.name ?? null,
    period: p.period,
    respondBy: p.respondBy,
    ...lateCounts(p, dayOf(now), soonDays),
  };
}

export function viewOf(
  placement: Versioned<Placement>,
  contact: Contact | undefined,
  torTitle: string | null,
  soonDays: number,
  now = new Date(),
): PlacementView {
  const p = placement.state;
  const today = dayOf(now);
  return {
    ...summaryOf(placement, contact, torTitle, soonDays, now),
    applicationId: p.applicationId,
    email: contact?.email ?? null,
    ...(p.arrivedOn ? { arrivedOn: p.arrivedOn } : {}),
    tasks: p.tasks.map((t) => ({ ...t, lateness: lateness(t, today, soonDays) })),
    ...(p.report ? { report: p.report } : {}),
    ...(p.appraisal ? { appraisal: p.appraisal } : {}),
    ...(p.cancellation ? { cancellation: p.cancellation } : {}),
    trail: p.trail,
  };
}

export const offerOf = (p: Placement, torTitle: string | null): OfferView => ({
  status: p.status,
  torTitle,
  institution: institutionName(p.iprc),
  period: p.period,
  respondBy: p.respondBy,
});

import type { Versioned } from '@ikiraro/messaging';
import type { TotSummaryView, TotView } from './tot-view.dto.ts';
import type { Tot } from './tot.ts';

export const summaryOf = (id: string, t: Tot): TotSummaryView => ({
  id,
  status: t.status,
  iprc: t.iprc,
  title: t.title,
  trainer: t.trainerName,
  period: t.period,
  sessions: t.sessions.filter((s) => s.status !== 'cancelled').length,
  held: t.sessions.filter((s) => s.status === 'held').length,
  capacity: t.capacity,
});

export const viewOf = ({ id, version, state }: Versioned<Tot>, enrolled: number): TotView => ({
  ...summaryOf(id, state),
  placementId: id,
  torId: state.torId,
  outline: state.outline,
  enrolled,
  sessionList: state.sessions,
  version,
});

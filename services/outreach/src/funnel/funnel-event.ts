import type { REGISTRATION_CHANNELS } from '@ikiraro/contracts';

/** The steps of a campaign's funnel, in order. */
export const FUNNEL_STEPS = ['visits', 'started', 'verified', 'applied'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/**
 * One step taken once (`funnel_events`). Counters are counted at read, never incremented: FerretDB applies an
 * update as read-then-write, so concurrent increments of one document lose some; inserts are never lost.
 * `_id` is random for visits and starts (each counts), and `<step>:<memberId>` for verified and applied (each
 * member counts once, however often the event comes).
 */
export interface FunnelEvent {
  _id: string;
  campaignId: string;
  channel: (typeof REGISTRATION_CHANNELS)[number];
  step: FunnelStep;
  at: Date;
}

export const FUNNEL_EVENTS = 'funnel_events';

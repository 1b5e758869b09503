import type { TorPublishedV1 } from '@ikiraro/contracts';

/** Outreach's copy of the ToRs that take applications now (`_id` = torId), fed by selection's events. */
export const OPEN_TORS = 'open_tors';

export interface OpenTor {
  _id: string;
  title: string;
  iprc: TorPublishedV1['iprc'];
  subject: string;
  period: { start: string; end: string };
  durationMonths: number;
}

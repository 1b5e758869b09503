import type { SessionStatus, TotStatus } from './tot.ts';

export class TotPeriodView {
  start!: string;
  end!: string;
}

export class TotSessionView {
  id!: string;
  date!: string;
  start!: string;
  end!: string;
  room!: string;
  topic!: string;
  status!: SessionStatus;
}

/** A row of the list of ToTs. */
export class TotSummaryView {
  id!: string;
  status!: TotStatus;
  iprc!: string;
  title!: string;
  /** The professional's name (null once erased). */
  trainer!: string | null;
  period!: TotPeriodView;
  sessions!: number;
  held!: number;
  capacity!: number;
}

export class TotListView {
  items!: TotSummaryView[];
}

export class TotView extends TotSummaryView {
  placementId!: string;
  torId!: string;
  outline!: string;
  enrolled!: number;
  sessionList!: TotSessionView[];
  version!: number;
}

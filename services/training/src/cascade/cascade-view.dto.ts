export class SexCountView {
  sex!: string;
  count!: number;
}

export class RosterEntryView {
  /** Null once the teacher was erased. */
  name!: string | null;
  sex!: string;
}

export class CascadeSessionView {
  id!: string;
  date!: string;
  subject!: string;
  students!: SexCountView[];
  total!: number;
  /** The names, for whoever runs the ToT (and the teacher on their phone); absent elsewhere. */
  roster?: RosterEntryView[] | null;
  /** The staff member who recorded it; null when the teacher did. */
  recordedBy!: string | null;
  recordedAt!: string;
}

export class CascadeTraineeView {
  traineeId!: string;
  /** Null once erased. */
  name!: string | null;
  sex!: string;
  department!: string;
  sessions!: CascadeSessionView[];
  /** Their students over all their sessions, by sex. */
  students!: SexCountView[];
  total!: number;
}

/** One trainer's ToT: its trained teachers and the sessions each gave. */
export class CascadeTotView {
  totId!: string;
  title!: string;
  iprc!: string;
  /** The trainer's name (null once erased). */
  trainer!: string | null;
  status!: string;
  trainees!: CascadeTraineeView[];
  sessions!: number;
  students!: SexCountView[];
  total!: number;
}

export class IprcCascadeView {
  iprc!: string;
  /** ToTs, one per trainer. */
  tots!: number;
  /** Trained teachers who gave at least one session. */
  teachers!: number;
  sessions!: number;
  students!: SexCountView[];
  total!: number;
}

export class CascadeOverviewView {
  tots!: CascadeTotView[];
  iprcs!: IprcCascadeView[];
}

export class OwnCascadeView {
  sessions!: CascadeSessionView[];
}

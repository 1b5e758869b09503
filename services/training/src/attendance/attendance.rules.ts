import type { SexCount } from '@ikiraro/contracts';
import type { Session } from '../tots/tot.ts';
import type { Mark, MarkStatus, Register } from './register.ts';

/** Attendance's pure rules: which mark counts, which marks a register takes, the QR code's periods. No I/O. */

const SOURCE_RANK: Record<Mark['source'], number> = { qr: 0, hand: 1 };

/**
 * The conflict rule between two marks for one trainee and session, whatever order they reach the server in
 * (an offline queue syncs late):
 * 1. a mark by hand (staff) beats a trainee's own QR check-in, whatever the times;
 * 2. between two marks of the same source, the later `markedAt` (device time) wins;
 * 3. at equal `markedAt`, the one received last wins (and in one batch, the later in the batch).
 * Returns whether `next` takes over from `current`.
 */
export function wins(next: Mark, current: Mark): boolean {
  const rank = SOURCE_RANK[next.source] - SOURCE_RANK[current.source];
  if (rank !== 0) return rank > 0;
  const marked = Date.parse(next.markedAt) - Date.parse(current.markedAt);
  if (marked !== 0) return marked > 0;
  return Date.parse(next.receivedAt) >= Date.parse(current.receivedAt);
}

/** The effective mark of each trainee of a register: `wins` folded over its marks in the order received. */
export function effective(marks: readonly Mark[]): Map<string, Mark> {
  const byTrainee = new Map<string, Mark>();
  for (const mark of marks) {
    const current = byTrainee.get(mark.traineeId);
    if (!current || wins(mark, current)) byTrainee.set(mark.traineeId, mark);
  }
  return byTrainee;
}

export const attended = (status: MarkStatus | null | undefined) => status === 'present' || status === 'late';

/** How far ahead of the server a device's clock may be. */
export const FUTURE_TOLERANCE_MS = 86_400_000;

export type MarkInput = Pick<Mark, 'markId' | 'traineeId' | 'status' | 'markedAt'>;

export interface Refusal {
  markId: string;
  code: 'session.not_planned' | 'trainee.not_enrolled' | 'mark.in_future';
  message: string;
}

export interface Batch {
  applied: string[];
  duplicates: string[];
  refused: Refusal[];
  /** The register with the applied marks, or null when nothing was applied (nothing to write). */
  next: Register | null;
}

/**
 * Which marks of a batch a register takes. A mark whose `markId` it holds already (or that came earlier in the
 * batch) is a duplicate and changes nothing, even once the register is closed: the queue resends after a lost
 * answer. The rest are refused for a closed register or a session not planned, a trainee not enrolled, or a
 * `markedAt` more than a day ahead of the server; the others are applied, all in one version.
 */
export function takeMarks(
  register: Register,
  marks: readonly (MarkInput & Pick<Mark, 'source' | 'by'>)[],
  session: Pick<Session, 'status'>,
  enrolled: (traineeId: string) => boolean,
  now: Date,
): Batch {
  const seen = new Set(register.marks.map((m) => m.markId));
  const batch: Batch = { applied: [], duplicates: [], refused: [], next: null };
  const taken: Mark[] = [];
  const open = session.status === 'planned' && !register.closedAt;
  for (const mark of marks) {
    if (seen.has(mark.markId)) {
      batch.duplicates.push(mark.markId);
      continue;
    }
    seen.add(mark.markId);
    const refuse = (code: Refusal['code'], message: string) =>
      batch.refused.push({ markId: mark.markId, code, message });
    if (!open)
      refuse(
        'session.not_planned',
        `The session is ${session.status === 'planned' ? 'closed' : session.status}`,
      );
    else if (!enrolled(mark.traineeId))
      refuse('trainee.not_enrolled', `No trainee ${mark.traineeId} in this ToT`);
    else if (Date.parse(mark.markedAt) - now.getTime() > FUTURE_TOLERANCE_MS)
      refuse('mark.in_future', `Marked at ${mark.markedAt}, more than a day ahead: check the device's clock`);
    else {
      taken.push({ ...mark, markedAt: new Date(mark.markedAt).toISOString(), receivedAt: now.toISOString() });
      batch.applied.push(mark.markId);
    }
  }
  if (taken.length) batch.next = { ...register, marks: [...register.marks, ...taken] };
  return batch;
}

/** A register before its first mark. */
export const emptyRegister = (totId: string, sessionId: string, iprc: string): Register => ({
  totId,
  sessionId,
  iprc,
  marks: [],
  closedAt: null,
  closedBy: null,
});

/**
 * IPRCs are in Rwanda, on Central Africa Time all year (UTC+2, no daylight saving): a session's `HH:MM` is
 * read in it.
 */
export const IPRC_UTC_OFFSET = '+02:00';

export const sessionStart = (session: Pick<Session, 'date' | 'start'>) =>
  new Date(`${session.date}T${session.start}:00${IPRC_UTC_OFFSET}`);

/** A trainee's own check-in: present, or late when more than `lateAfterMinutes` after the session's start. */
export function checkInStatus(
  session: Pick<Session, 'date' | 'start'>,
  now: Date,
  lateAfterMinutes: number,
): MarkStatus {
  return now.getTime() - sessionStart(session).getTime() > lateAfterMinutes * 60_000 ? 'late' : 'present';
}

/** Trainees present or late, counted by sex; every sex among the enrolled, in code order (zeros included). */
export function attendedBySex(
  enrolled: readonly { id: string; sex: string }[],
  marks: ReadonlyMap<string, Pick<Mark, 'status'>>,
): SexCount[] {
  const counts = new Map<string, number>();
  for (const t of enrolled)
    counts.set(t.sex, (counts.get(t.sex) ?? 0) + (attended(marks.get(t.id)?.status) ? 1 : 0));
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([sex, count]) => ({ sex, count }));
}

/** Share of the held sessions a trainee attended (present or late); 0 while none is held. */
export function attendanceShares(
  traineeIds: readonly string[],
  heldRegisters: readonly Pick<Register, 'marks'>[],
): Map<string, number> {
  const attendedCount = new Map(traineeIds.map((id) => [id, 0]));
  for (const register of heldRegisters)
    for (const [traineeId, mark] of effective(register.marks))
      if (attended(mark.status) && attendedCount.has(traineeId))
        attendedCount.set(traineeId, attendedCount.get(traineeId)! + 1);
  const held = heldRegisters.length;
  return new Map([...attendedCount].map(([id, n]) => [id, held ? n / held : 0]));
}

// The rotating check-in code

/** The period a time falls in: the code shown changes with it. */
export const periodOf = (now: Date, periodSeconds: number) =>
  Math.floor(now.getTime() / (periodSeconds * 1000));

export interface CheckInClaim {
  totId: string;
  sessionId: string;
  period: number;
}

const CHECK_IN = 'check-in';

/** The value a check-in code signs: the session and the period it was shown in. */
export const checkInValue = (claim: CheckInClaim) =>
  JSON.stringify([CHECK_IN, claim.period, claim.totId, claim.sessionId]);

/** The claim of a signed value, or null for a value that is not a check-in code's. */
export function readCheckIn(value: string | null): CheckInClaim | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== CHECK_IN) return null;
    const [, period, totId, sessionId] = parsed as unknown[];
    if (!Number.isSafeInteger(period) || typeof totId !== 'string' || typeof sessionId !== 'string')
      return null;
    return { period: period as number, totId, sessionId };
  } catch {
    return null;
  }
}

/**
 * A code is taken in the period it was shown in and the next one only: long enough for a scan made as the
 * code changed, too short for a photo sent on to someone elsewhere.
 */
export const isCurrent = (claim: Pick<CheckInClaim, 'period'>, now: Date, periodSeconds: number) => {
  const age = periodOf(now, periodSeconds) - claim.period;
  return age === 0 || age === 1;
};

/** When a code shown in `period` stops being taken. */
export const expiryOf = (period: number, periodSeconds: number) =>
  new Date((period + 2) * periodSeconds * 1000);

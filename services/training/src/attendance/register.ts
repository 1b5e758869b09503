/** Aggregate name of session registers: one per session, id `${totId}:${sessionId}`, created by its first mark. */
export const REGISTER = 'register';

export const registerId = (totId: string, sessionId: string) => `${totId}:${sessionId}`;

export const MARK_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export type MarkStatus = (typeof MARK_STATUSES)[number];

/** A trainee's own check-in with the session's QR code, or a mark by staff (the trainer, the focal point…). */
export type MarkSource = 'qr' | 'hand';

/** One mark, kept for good: the register is its history of who marked what and when. */
export interface Mark {
  /** Made by the client (a UUID) so that a mark synced twice from an offline queue counts once. */
  markId: string;
  traineeId: string;
  status: MarkStatus;
  source: MarkSource;
  /**
   * Who marked. For a trainee's own check-in, their id with the role `trainee` and no name: the name stays
   * sealed on the trainee (erasing them leaves no copy here); views put it back.
   */
  by: { id: string; name: string; roles: string[] };
  /** When it was made: the device's time (an offline mark is made long before it reaches us). */
  markedAt: string;
  /** When it reached the server. */
  receivedAt: string;
}

export interface Register {
  totId: string;
  sessionId: string;
  iprc: string;
  /** In the order received. */
  marks: Mark[];
  /** Set when the register is closed (the session then held): no mark is taken after it. */
  closedAt: string | null;
  closedBy: string | null;
}

import { createStore, del, get, set, type UseStore, values } from 'idb-keyval';

/*
 * The attendance marks a trainer makes by hand wait here, in the browser's IndexedDB, until the server has
 * answered each of them: a mark made without a connection survives a reload and is sent when the connection is
 * back. Each mark carries its own id (`markId`): training applies a mark it has seen before as a duplicate, so
 * sending a batch again after a lost answer counts every mark once.
 */

export const markStatuses = ['present', 'late', 'absent', 'excused'] as const;
export type MarkStatus = (typeof markStatuses)[number];

/** A mark as made on this device, for one session of one ToT. */
export interface QueuedMark {
  markId: string;
  totId: string;
  sessionId: string;
  traineeId: string;
  status: MarkStatus;
  /** The device's clock when it was made, with its offset (what the conflict rule compares). */
  markedAt: string;
}

/** A mark the server would not take, kept with its reason until the trainer dismisses it. */
export interface RefusedMark extends QueuedMark {
  code: string;
  message: string;
}

/** What the server answers for a batch (training's `MarksResultView`, only what the queue needs). */
export interface BatchAnswer {
  applied: readonly string[];
  duplicates: readonly string[];
  refused: readonly { markId: string; code: string; message: string }[];
}

export type SendMarks = (
  totId: string,
  sessionId: string,
  marks: { markId: string; traineeId: string; status: MarkStatus; markedAt: string }[],
) => Promise<BatchAnswer>;

type Entry = ({ state: 'waiting' } & QueuedMark) | ({ state: 'refused' } & RefusedMark);

/** Training takes up to 500 marks a call. */
export const BATCH_SIZE = 500;

const ofSession = (totId: string, sessionId: string) => (entry: Entry) =>
  entry.totId === totId && entry.sessionId === sessionId;
const oldestFirst = (a: QueuedMark, b: QueuedMark) =>
  a.markedAt.localeCompare(b.markedAt) || a.markId.localeCompare(b.markId);
const strip = <T extends Entry>({ state: _state, ...mark }: T) => mark;

export interface FlushOutcome {
  /** Marks the server answered (applied, duplicate or refused), now out of the queue. */
  answered: number;
  refused: RefusedMark[];
  /** The last batch's answer, when there was one (it carries the register). */
  last?: BatchAnswer;
}

/** The queue of one browser: one IndexedDB store, marks of every session, kept until answered. */
export function markQueue(store: UseStore = createStore('ikiraro-attendance', 'marks')) {
  const all = () => values<Entry>(store);
  const flushing = new Map<string, Promise<FlushOutcome>>();

  async function sendAll(totId: string, sessionId: string, send: SendMarks): Promise<FlushOutcome> {
    const outcome: FlushOutcome = { answered: 0, refused: [] };
    // Batch after batch until none is left; a failed call (no connection, a server error) stops here and
    // leaves every mark of its batch in the queue for the next flush.
    for (;;) {
      const waiting = (await all())
        .filter((entry) => entry.state === 'waiting')
        .filter(ofSession(totId, sessionId))
        .map(strip)
        .sort(oldestFirst);
      const batch = waiting.slice(0, BATCH_SIZE);
      if (batch.length === 0) return outcome;
      const answer = await send(
        totId,
        sessionId,
        batch.map(({ markId, traineeId, status, markedAt }) => ({ markId, traineeId, status, markedAt })),
      );
      outcome.last = answer;
      const byId = new Map(batch.map((mark) => [mark.markId, mark]));
      for (const markId of [...answer.applied, ...answer.duplicates]) {
        if (!byId.has(markId)) continue;
        await del(markId, store);
        outcome.answered += 1;
      }
      for (const refusal of answer.refused) {
        const mark = byId.get(refusal.markId);
        if (!mark) continue;
        const refused: RefusedMark = { ...mark, code: refusal.code, message: refusal.message };
        await set(mark.markId, { state: 'refused', ...refused } satisfies Entry, store);
        outcome.refused.push(refused);
        outcome.answered += 1;
      }
      // A server that answered none of the batch would have us send it for ever.
      if (!batch.some((mark) => answered(answer, mark.markId))) return outcome;
    }
  }

  return {
    /** Keeps a mark made by hand until the server answers it. */
    async add(mark: QueuedMark): Promise<void> {
      await set(mark.markId, { state: 'waiting', ...mark } satisfies Entry, store);
    },

    /** The session's marks not yet answered, oldest first. */
    async waiting(totId: string, sessionId: string): Promise<QueuedMark[]> {
      return (await all())
        .filter((entry) => entry.state === 'waiting')
        .filter(ofSession(totId, sessionId))
        .map(strip)
        .sort(oldestFirst);
    },

    /** The session's marks the server refused, with its reasons. */
    async refused(totId: string, sessionId: string): Promise<RefusedMark[]> {
      return (await all())
        .filter((entry): entry is Extract<Entry, { state: 'refused' }> => entry.state === 'refused')
        .filter(ofSession(totId, sessionId))
        .map(strip)
        .sort(oldestFirst);
    },

    /** Forgets a refused mark once the trainer has read why. */
    async dismiss(markId: string): Promise<void> {
      const entry = await get<Entry>(markId, store);
      if (entry?.state === 'refused') await del(markId, store);
    },

    /**
     * Sends the session's waiting marks in batches; each leaves the queue once the server answered it. One flush
     * at a time for a session: a flush asked for while one runs gets that one's outcome, then the next flush sends the rest.
     * Rejects with the call's error (e.g. no connection); the marks stay.
     */
    flush(totId: string, sessionId: string, send: SendMarks): Promise<FlushOutcome> {
      const key = `${totId}/${sessionId}`;
      const running = flushing.get(key);
      if (running) return running;
      const next = sendAll(totId, sessionId, send).finally(() => flushing.delete(key));
      flushing.set(key, next);
      return next;
    },
  };
}

const answered = (answer: BatchAnswer, markId: string) =>
  answer.applied.includes(markId) ||
  answer.duplicates.includes(markId) ||
  answer.refused.some((refusal) => refusal.markId === markId);

export type MarkQueue = ReturnType<typeof markQueue>;

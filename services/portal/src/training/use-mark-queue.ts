import { useCallback, useEffect, useRef, useState } from 'react';
import { markQueue, type MarkStatus, type QueuedMark, type RefusedMark } from './mark-queue.ts';
import { type Register, trainingApi } from './training.api.ts';

/** The browser's one queue (IndexedDB): every attendance screen of the tab shares it. */
const queue = markQueue();

/** How often the queue is tried while marks wait, besides after each mark and when the connection is back. */
const RETRY_MS = 5_000;

/**
 * A session's marks by hand, offline first: each goes into the queue at once (shown as waiting), and the queue
 * is flushed after each mark, on the browser's `online` event and every few seconds. `onRegister` receives the
 * register the server answers with a batch.
 */
export function useMarkQueue(totId: string, sessionId: string, onRegister: (register: Register) => void) {
  const [waiting, setWaiting] = useState<QueuedMark[]>([]);
  const [refused, setRefused] = useState<RefusedMark[]>([]);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(onRegister);
  latest.current = onRegister;

  const reread = useCallback(async () => {
    const [nowWaiting, nowRefused] = await Promise.all([
      queue.waiting(totId, sessionId),
      queue.refused(totId, sessionId),
    ]);
    setWaiting(nowWaiting);
    setRefused(nowRefused);
  }, [totId, sessionId]);

  const flush = useCallback(async () => {
    if (!navigator.onLine) return;
    try {
      const outcome = await queue.flush(totId, sessionId, trainingApi.marks);
      setError(null);
      const answer = outcome.last as { register?: Register } | undefined;
      if (answer?.register) latest.current(answer.register);
    } catch (failure) {
      // Kept for display; the marks stay queued and the next flush tries again.
      setError(failure);
    } finally {
      await reread();
    }
  }, [totId, sessionId, reread]);

  useEffect(() => {
    void reread().then(flush);
    const online = () => void flush();
    window.addEventListener('online', online);
    const timer = setInterval(() => void flush(), RETRY_MS);
    return () => {
      window.removeEventListener('online', online);
      clearInterval(timer);
    };
  }, [reread, flush]);

  const mark = useCallback(
    async (traineeId: string, status: MarkStatus) => {
      await queue.add({
        markId: crypto.randomUUID(),
        totId,
        sessionId,
        traineeId,
        status,
        markedAt: new Date().toISOString(),
      });
      await reread();
      void flush();
    },
    [totId, sessionId, reread, flush],
  );

  const dismiss = useCallback(
    async (markId: string) => {
      await queue.dismiss(markId);
      await reread();
    },
    [reread],
  );

  return { waiting, refused, error, mark, dismiss };
}

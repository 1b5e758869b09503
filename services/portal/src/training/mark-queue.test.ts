import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { type BatchAnswer, markQueue, type QueuedMark, type SendMarks } from './mark-queue.ts';

let stores = 0;
/** A fresh IndexedDB database per test; the same name again is the same browser after a reload. */
const freshStore = () => `attendance-test-${++stores}`;

/**
 * A register as training keeps it: a mark id it has seen is a duplicate, an unknown trainee is refused. `losing`
 * answers: the marks are applied but the answer never arrives (the connection drops on the way back).
 */
function register(enrolled: readonly string[]) {
  const taken = new Map<string, { traineeId: string; status: string }>();
  const calls: number[] = [];
  let offline = false;
  let losing = false;
  const send: SendMarks = (_totId, _sessionId, marks) => {
    calls.push(marks.length);
    if (offline) return Promise.reject(new TypeError('Failed to fetch'));
    const answer: BatchAnswer & { applied: string[]; duplicates: string[] } = {
      applied: [],
      duplicates: [],
      refused: [],
    };
    for (const mark of marks) {
      if (taken.has(mark.markId)) answer.duplicates.push(mark.markId);
      else if (!enrolled.includes(mark.traineeId))
        (answer.refused as BatchAnswer['refused'][number][]).push({
          markId: mark.markId,
          code: 'trainee.not_enrolled',
          message: `No trainee ${mark.traineeId} in this ToT`,
        });
      else {
        taken.set(mark.markId, mark);
        answer.applied.push(mark.markId);
      }
    }
    if (losing) return Promise.reject(new TypeError('Network connection lost'));
    return Promise.resolve(answer);
  };
  return {
    send,
    taken,
    calls,
    goOffline: (value: boolean) => (offline = value),
    loseAnswers: (value: boolean) => (losing = value),
  };
}

let made = 0;
const mark = (traineeId: string, change: Partial<QueuedMark> = {}): QueuedMark => ({
  markId: `00000000-0000-4000-8000-${String(++made).padStart(12, '0')}`,
  totId: 'tot-1',
  sessionId: 's-1',
  traineeId,
  status: 'present',
  markedAt: new Date(Date.UTC(2026, 2, 2, 7, 0, made)).toISOString(),
  ...change,
});

describe('the offline queue of attendance marks', () => {
  it('keeps a mark made without a connection, across a reload, and sends it once the connection is back', async () => {
    const name = freshStore();
    const server = register(['t-1']);
    const queue = markQueue(createStore(name, 'marks'));
    const made = mark('t-1', { status: 'late' });
    await queue.add(made);
    server.goOffline(true);
    await expect(queue.flush('tot-1', 's-1', server.send)).rejects.toThrow('Failed to fetch');
    expect(await queue.waiting('tot-1', 's-1')).toEqual([made]);

    // The page reloaded: a new queue over the same database still holds the mark.
    const reloaded = markQueue(createStore(name, 'marks'));
    expect(await reloaded.waiting('tot-1', 's-1')).toEqual([made]);
    server.goOffline(false);
    const outcome = await reloaded.flush('tot-1', 's-1', server.send);
    expect(outcome.answered).toBe(1);
    expect(await reloaded.waiting('tot-1', 's-1')).toEqual([]);
    expect([...server.taken.keys()]).toEqual([made.markId]);
    expect(server.taken.get(made.markId)).toMatchObject({ traineeId: 't-1', status: 'late' });
  });

  it('counts a mark once when its answer was lost and it is sent again', async () => {
    const server = register(['t-1', 't-2']);
    const queue = markQueue(createStore(freshStore(), 'marks'));
    const first = mark('t-1');
    const second = mark('t-2', { status: 'absent' });
    await queue.add(first);
    await queue.add(second);
    server.loseAnswers(true);
    await expect(queue.flush('tot-1', 's-1', server.send)).rejects.toThrow('Network connection lost');
    // Applied on the server, but not answered: still waiting here.
    expect((await queue.waiting('tot-1', 's-1')).map((m) => m.markId)).toEqual([first.markId, second.markId]);
    server.loseAnswers(false);
    const outcome = await queue.flush('tot-1', 's-1', server.send);
    expect(outcome.last?.duplicates).toEqual([first.markId, second.markId]);
    expect(outcome.last?.applied).toEqual([]);
    expect(await queue.waiting('tot-1', 's-1')).toEqual([]);
    expect(server.taken.size).toBe(2);
  });

  it('keeps a refused mark with its reason, out of the waiting marks, until it is dismissed', async () => {
    const server = register(['t-1']);
    const queue = markQueue(createStore(freshStore(), 'marks'));
    const good = mark('t-1');
    const stranger = mark('t-9');
    await queue.add(good);
    await queue.add(stranger);
    const outcome = await queue.flush('tot-1', 's-1', server.send);
    expect(outcome.answered).toBe(2);
    expect(outcome.refused).toEqual([
      { ...stranger, code: 'trainee.not_enrolled', message: 'No trainee t-9 in this ToT' },
    ]);
    expect(await queue.waiting('tot-1', 's-1')).toEqual([]);
    expect(await queue.refused('tot-1', 's-1')).toEqual(outcome.refused);
    // A refused mark is not sent again.
    await queue.flush('tot-1', 's-1', server.send);
    expect(server.calls).toEqual([2]);
    await queue.dismiss(stranger.markId);
    expect(await queue.refused('tot-1', 's-1')).toEqual([]);
  });

  it('sends a long queue in batches of at most 500, oldest first', async () => {
    const trainees = Array.from({ length: 1_200 }, (_, i) => `t-${i}`);
    const server = register(trainees);
    const queue = markQueue(createStore(freshStore(), 'marks'));
    for (const traineeId of trainees) await queue.add(mark(traineeId));
    const outcome = await queue.flush('tot-1', 's-1', server.send);
    expect(server.calls).toEqual([500, 500, 200]);
    expect(outcome.answered).toBe(1_200);
    expect(server.taken.size).toBe(1_200);
    expect(await queue.waiting('tot-1', 's-1')).toEqual([]);
  });

  it('sends only the marks of the session it flushes', async () => {
    const server = register(['t-1']);
    const queue = markQueue(createStore(freshStore(), 'marks'));
    const here = mark('t-1');
    const elsewhere = mark('t-1', { sessionId: 's-2' });
    await queue.add(here);
    await queue.add(elsewhere);
    await queue.flush('tot-1', 's-1', server.send);
    expect([...server.taken.keys()]).toEqual([here.markId]);
    expect(await queue.waiting('tot-1', 's-2')).toEqual([elsewhere]);
  });

  it('sends a mark once when flushes are asked for together (a mark, the interval and the online event)', async () => {
    const server = register(['t-1']);
    const queue = markQueue(createStore(freshStore(), 'marks'));
    await queue.add(mark('t-1'));
    const outcomes = await Promise.all([
      queue.flush('tot-1', 's-1', server.send),
      queue.flush('tot-1', 's-1', server.send),
      queue.flush('tot-1', 's-1', server.send),
    ]);
    expect(server.calls).toEqual([1]);
    expect(outcomes.map((o) => o.answered)).toEqual([1, 1, 1]);
  });
});

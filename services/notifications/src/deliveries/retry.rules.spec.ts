import { describe, expect, it } from '@jest/globals';
import { afterFailure, attemptOf } from './retry.rules.ts';

const settings = { initialMs: 1_000, maxMs: 8_000, refusals: 3 };
const at = new Date('2026-12-01T10:00:00.000Z');
const later = (ms: number) => ({ giveUp: false, dueAt: new Date(at.getTime() + ms) });

describe('after a failed attempt', () => {
  it('keeps what the server answered, or why it could not be reached', () => {
    expect(attemptOf({ responseCode: 451, response: '451 4.7.1 Try again later', message: 'x' }, at)).toEqual(
      {
        at,
        outcome: 'refused',
        answer: '451 4.7.1 Try again later',
      },
    );
    expect(attemptOf({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:25' }, at)).toEqual({
      at,
      outcome: 'unreachable',
      answer: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:25',
    });
  });

  it('gives up at once on a permanent refusal', () => {
    const attempt = attemptOf({ responseCode: 550, response: '550 5.1.1 No such user', message: '' }, at);
    expect(afterFailure(attempt, 1, 1, settings)).toEqual({ giveUp: true });
  });

  it('retries a temporary refusal with a doubling delay, and gives up after the set number of them', () => {
    const attempt = attemptOf({ responseCode: 451, response: '451 busy', message: '' }, at);
    expect(afterFailure(attempt, 1, 1, settings)).toEqual(later(1_000));
    expect(afterFailure(attempt, 2, 2, settings)).toEqual(later(2_000));
    expect(afterFailure(attempt, 3, 3, settings)).toEqual({ giveUp: true });
  });

  it('waits for an unreachable server however long it is down, the delay capped', () => {
    const attempt = attemptOf({ code: 'ETIMEDOUT', message: 'timeout' }, at);
    expect(afterFailure(attempt, 1, 0, settings)).toEqual(later(1_000));
    expect(afterFailure(attempt, 3, 0, settings)).toEqual(later(4_000));
    expect(afterFailure(attempt, 50, 0, settings)).toEqual(later(8_000));
  });
});

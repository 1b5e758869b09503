import { describe, expect, it } from '@jest/globals';
import {
  attendanceShares,
  attendedBySex,
  checkInStatus,
  checkInValue,
  effective,
  expiryOf,
  isCurrent,
  periodOf,
  readCheckIn,
  takeMarks,
  wins,
} from './attendance.rules.ts';
import type { Mark } from './register.ts';

const staff = { id: 'fp-1', name: 'Focal', roles: ['iprc-focal-point'] };
const mark = (over: Partial<Mark>): Mark => ({
  markId: 'm',
  traineeId: 't1',
  status: 'present',
  source: 'hand',
  by: staff,
  markedAt: '2026-03-02T09:00:00.000Z',
  receivedAt: '2026-03-02T09:00:00.000Z',
  ...over,
});
const qr = (over: Partial<Mark>) =>
  mark({ source: 'qr', by: { id: 't1', name: '', roles: ['trainee'] }, ...over });

describe('the conflict rule', () => {
  it('lets a hand mark by staff beat a QR check-in whatever the times and order', () => {
    const hand = mark({ markId: 'h', status: 'absent', markedAt: '2026-03-02T08:00:00Z' });
    const scan = qr({
      markId: 'q',
      status: 'present',
      markedAt: '2026-03-02T10:00:00Z',
      receivedAt: '2026-03-02T11:00:00Z',
    });
    expect(wins(hand, scan)).toBe(true);
    expect(wins(scan, hand)).toBe(false);
    expect(effective([hand, scan]).get('t1')!.markId).toBe('h');
    expect(effective([scan, hand]).get('t1')!.markId).toBe('h');
  });

  it('takes the later markedAt between two marks of one source, even when it arrives first', () => {
    const later = mark({
      markId: 'later',
      status: 'late',
      markedAt: '2026-03-02T09:30:00Z',
      receivedAt: '2026-03-02T09:30:00Z',
    });
    const earlierSyncedLate = mark({
      markId: 'early',
      status: 'absent',
      markedAt: '2026-03-02T09:10:00+00:00',
      receivedAt: '2026-03-02T12:00:00Z',
    });
    expect(effective([later, earlierSyncedLate]).get('t1')!.markId).toBe('later');
    // Offsets are compared as instants: 11:20+02:00 is 09:20Z, before 09:30Z
    const withOffset = mark({
      markId: 'offset',
      markedAt: '2026-03-02T11:20:00+02:00',
      receivedAt: '2026-03-02T13:00:00Z',
    });
    expect(effective([later, withOffset]).get('t1')!.markId).toBe('later');
  });

  it('takes the one received last at equal markedAt, and the later of one batch', () => {
    const first = mark({ markId: 'a', status: 'absent', receivedAt: '2026-03-02T10:00:00Z' });
    const second = mark({ markId: 'b', status: 'excused', receivedAt: '2026-03-02T10:05:00Z' });
    expect(effective([second, first]).get('t1')!.markId).toBe('b');
    const sameBatch = mark({ markId: 'c', status: 'late', receivedAt: first.receivedAt });
    expect(effective([first, sameBatch]).get('t1')!.markId).toBe('c');
  });
});

describe('a batch of marks', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const register = {
    totId: 'tot',
    sessionId: 's',
    iprc: 'KGL',
    marks: [mark({ markId: 'old' })],
    closedAt: null,
    closedBy: null,
  };
  const input = (markId: string, over: Partial<Mark> = {}) => ({
    markId,
    traineeId: 't1',
    status: 'late' as const,
    source: 'hand' as const,
    by: staff,
    markedAt: '2026-03-02T09:15:00Z',
    ...over,
  });
  const enrolled = (id: string) => id === 't1';

  it('applies new marks, reports duplicates (seen before or earlier in the batch) and refusals with reasons', () => {
    const batch = takeMarks(
      register,
      [
        input('new'),
        input('old'),
        input('new'),
        input('stranger', { traineeId: 't9' }),
        input('future', { markedAt: '2026-03-03T10:00:01Z' }),
        input('tomorrow', { markedAt: '2026-03-03T09:59:00Z' }),
      ],
      { status: 'planned' },
      enrolled,
      now,
    );
    expect(batch.applied).toEqual(['new', 'tomorrow']);
    expect(batch.duplicates).toEqual(['old', 'new']);
    expect(batch.refused.map((r) => [r.markId, r.code])).toEqual([
      ['stranger', 'trainee.not_enrolled'],
      ['future', 'mark.in_future'],
    ]);
    expect(batch.next!.marks.map((m) => m.markId)).toEqual(['old', 'new', 'tomorrow']);
    expect(batch.next!.marks[1]).toMatchObject({
      receivedAt: now.toISOString(),
      markedAt: '2026-03-02T09:15:00.000Z',
    });
  });

  it('refuses every new mark of a session not planned or a closed register, yet still knows its duplicates', () => {
    for (const [session, reg] of [
      [{ status: 'held' as const }, register],
      [{ status: 'planned' as const }, { ...register, closedAt: now.toISOString() }],
    ] as const) {
      const batch = takeMarks(reg, [input('old'), input('new')], session, enrolled, now);
      expect(batch).toMatchObject({ applied: [], duplicates: ['old'], next: null });
      expect(batch.refused).toEqual([
        expect.objectContaining({ markId: 'new', code: 'session.not_planned' }),
      ]);
    }
  });
});

describe('check-in', () => {
  it('is late more than 15 minutes after the start, read in IPRC time (UTC+2)', () => {
    const session = { date: '2026-03-02', start: '09:00' }; // 07:00Z
    expect(checkInStatus(session, new Date('2026-03-02T06:30:00Z'), 15)).toBe('present');
    expect(checkInStatus(session, new Date('2026-03-02T07:15:00Z'), 15)).toBe('present');
    expect(checkInStatus(session, new Date('2026-03-02T07:15:01Z'), 15)).toBe('late');
  });

  it('takes a code in its period and the next one only', () => {
    const shown = new Date('2026-03-02T07:00:05Z');
    const claim = { totId: 'tot:1', sessionId: 's-1', period: periodOf(shown, 10) };
    expect(readCheckIn(checkInValue(claim))).toEqual(claim);
    expect(isCurrent(claim, shown, 10)).toBe(true);
    expect(isCurrent(claim, new Date('2026-03-02T07:00:19Z'), 10)).toBe(true);
    expect(isCurrent(claim, new Date('2026-03-02T07:00:20Z'), 10)).toBe(false);
    expect(isCurrent(claim, new Date('2026-03-02T06:59:59Z'), 10)).toBe(false);
    expect(expiryOf(claim.period, 10).toISOString()).toBe('2026-03-02T07:00:20.000Z');
  });

  it('reads no claim from another signed value', () => {
    expect(readCheckIn(null)).toBeNull();
    expect(readCheckIn('email:someone')).toBeNull();
    expect(readCheckIn(JSON.stringify(['check-in', 1.5, 'tot', 's']))).toBeNull();
    expect(readCheckIn(JSON.stringify(['other', 1, 'tot', 's']))).toBeNull();
  });
});

describe('counts', () => {
  it('counts who attended (present or late) by sex, zeros included', () => {
    const enrolled = [
      { id: 'a', sex: 'woman' },
      { id: 'b', sex: 'woman' },
      { id: 'c', sex: 'man' },
      { id: 'd', sex: 'man' },
    ];
    const marks = new Map([
      ['a', { status: 'present' as const }],
      ['b', { status: 'late' as const }],
      ['c', { status: 'excused' as const }],
    ]);
    expect(attendedBySex(enrolled, marks)).toEqual([
      { sex: 'man', count: 0 },
      { sex: 'woman', count: 2 },
    ]);
  });

  it('shares held sessions attended per trainee, 0 while none is held', () => {
    const held = [
      { marks: [mark({ traineeId: 'a' }), mark({ traineeId: 'b', status: 'absent' })] },
      { marks: [mark({ traineeId: 'a', status: 'late' }), qr({ traineeId: 'b' })] },
    ];
    expect(attendanceShares(['a', 'b', 'c'], held)).toEqual(
      new Map([
        ['a', 1],
        ['b', 0.5],
        ['c', 0],
      ]),
    );
    expect(attendanceShares(['a'], [])).toEqual(new Map([['a', 0]]));
  });
});

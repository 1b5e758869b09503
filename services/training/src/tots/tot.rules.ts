import { type Caller, entry } from '@ikiraro/auth';
import type { PlacementAcceptedV1 } from '@ikiraro/contracts';
import { DomainError } from '@ikiraro/service-defaults';
import type { Session, Tot } from './tot.ts';

/** Who acts when no one does: the opening of a ToT, its cancellation with the placement. */
export const SYSTEM: Pick<Caller, 'id' | 'name' | 'roles'> = { id: 'training', name: 'Training', roles: [] };

type Actor = Pick<Caller, 'id' | 'name' | 'roles'>;
const conflict = (code: string, message: string) => new DomainError(code, 'conflict', message);

export function assertPlanning(tot: Tot, doing: string) {
  if (tot.status !== 'planning')
    throw conflict('tot.wrong_status', `A ToT that is ${tot.status} cannot ${doing}`);
}

/** The ToT of an accepted placement: nothing planned yet, the placement's period to plan within. */
export function open(
  accepted: PlacementAcceptedV1,
  trainerKey: string,
  title: string,
  capacity: number,
  now: Date,
): Tot {
  return {
    status: 'planning',
    torId: accepted.torId,
    memberId: accepted.memberId,
    iprc: accepted.iprc,
    period: { start: accepted.period.start, end: accepted.period.end },
    trainerKey,
    trainerName: accepted.name,
    title,
    outline: '',
    capacity,
    sessions: [],
    trail: [entry(SYSTEM, 'opened', now)],
    createdAt: now.toISOString(),
  };
}

export interface Plan {
  title?: string;
  outline?: string;
  capacity?: number;
}

export function plan(tot: Tot, change: Plan, enrolled: number, actor: Actor, now: Date): Tot {
  assertPlanning(tot, 'be changed');
  if (change.capacity !== undefined && change.capacity < enrolled)
    throw conflict('tot.capacity_below_enrolled', `${enrolled} trainees are enrolled already`);
  return { ...tot, ...change, trail: [...tot.trail, entry(actor, 'planned', now)] };
}

export type SessionPlan = Omit<Session, 'id' | 'status'>;

function assertWithin(tot: Tot, s: SessionPlan) {
  if (s.date < tot.period.start || s.date > tot.period.end)
    throw new DomainError(
      'session.outside_period',
      'invalid',
      `Sessions fall within the placement, ${tot.period.start} to ${tot.period.end}`,
    );
  if (s.end <= s.start)
    throw new DomainError('session.ends_before_start', 'invalid', 'A session ends after it starts');
}

const inOrder = (sessions: Session[]) =>
  [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));

export function addSession(tot: Tot, id: string, s: SessionPlan, actor: Actor, now: Date): Tot {
  assertPlanning(tot, 'take sessions');
  assertWithin(tot, s);
  return {
    ...tot,
    sessions: inOrder([...tot.sessions, { id, ...s, status: 'planned' }]),
    trail: [...tot.trail, entry(actor, 'session added', now, { session: id })],
  };
}

export function sessionOf(tot: Tot, id: string): Session {
  const found = tot.sessions.find((s) => s.id === id);
  if (!found) throw new DomainError('session.not_found', 'not_found', `No session ${id} in this ToT`);
  return found;
}

function withSession(tot: Tot, next: Session, what: string, actor: Actor, now: Date): Tot {
  return {
    ...tot,
    sessions: inOrder(tot.sessions.map((s) => (s.id === next.id ? next : s))),
    trail: [...tot.trail, entry(actor, what, now, { session: next.id })],
  };
}

export function changeSession(
  tot: Tot,
  id: string,
  change: Partial<SessionPlan>,
  actor: Actor,
  now: Date,
): Tot {
  assertPlanning(tot, 'change sessions');
  const session = sessionOf(tot, id);
  if (session.status !== 'planned')
    throw conflict('session.not_planned', `This session is ${session.status}`);
  const next = { ...session, ...change };
  assertWithin(tot, next);
  return withSession(tot, next, 'session changed', actor, now);
}

export function cancelSession(tot: Tot, id: string, actor: Actor, now: Date): Tot {
  assertPlanning(tot, 'cancel sessions');
  const session = sessionOf(tot, id);
  if (session.status !== 'planned')
    throw conflict('session.not_planned', `This session is ${session.status}`);
  return withSession(tot, { ...session, status: 'cancelled' }, 'session cancelled', actor, now);
}

/** Its register closed: the session was held. */
export function hold(tot: Tot, id: string, actor: Actor, now: Date): Tot {
  assertPlanning(tot, 'hold sessions');
  const session = sessionOf(tot, id);
  if (session.status !== 'planned')
    throw conflict('session.not_planned', `This session is ${session.status}`);
  return withSession(tot, { ...session, status: 'held' }, 'session held', actor, now);
}

/** Cancelled with its placement: every session not yet held is cancelled. */
export function cancel(tot: Tot, now: Date): { state: Tot; sessionsCancelled: number } {
  const planned = tot.sessions.filter((s) => s.status === 'planned').length;
  return {
    state: {
      ...tot,
      status: 'cancelled',
      sessions: tot.sessions.map((s) => (s.status === 'planned' ? { ...s, status: 'cancelled' } : s)),
      trail: [...tot.trail, entry(SYSTEM, 'cancelled with the placement', now)],
    },
    sessionsCancelled: planned,
  };
}

/** The course is over: no more sessions, the assessment and certificates follow from it. */
export function close(tot: Tot, actor: Actor, now: Date): Tot {
  assertPlanning(tot, 'be closed');
  if (!tot.sessions.some((s) => s.status === 'held'))
    throw conflict('tot.nothing_held', 'Hold at least one session before closing the course');
  return {
    ...tot,
    status: 'closed',
    sessions: tot.sessions.map((s) => (s.status === 'planned' ? { ...s, status: 'cancelled' } : s)),
    trail: [...tot.trail, entry(actor, 'closed', now)],
  };
}

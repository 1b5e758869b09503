import type { Caller } from '@ikiraro/auth';
import { entry } from '@ikiraro/auth';
import type { CandidateSelectedV1, PlacementCancelledV1, PlacementStage } from '@ikiraro/contracts';
import type { ChecklistTask } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import type { Placement, PlacementStatus, Task } from './placement.ts';

/** Who acts when no one does: the offer's expiry, the opening of a placement. */
export const SYSTEM: Pick<Caller, 'id' | 'name' | 'roles'> = {
  id: 'placement',
  name: 'Placement',
  roles: [],
};

const DAY_MS = 86_400_000;
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
export const addDays = (day: string, days: number) =>
  dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

const conflict = (code: string, message: string) => new DomainError(code, 'conflict', message);

function assertStatus(placement: Placement, allowed: readonly PlacementStatus[], doing: string) {
  if (!allowed.includes(placement.status))
    throw conflict('placement.wrong_status', `A placement that is ${placement.status} cannot be ${doing}`);
}

const taskOf = (template: ChecklistTask, dueOn: string, compensates = false): Task => ({
  key: template.key,
  title: template.title,
  ownerRole: template.ownerRole,
  dueOn,
  status: 'open',
  notes: '',
  attachments: [],
  ...(compensates ? { compensates } : {}),
  ...(template.records === 'payment' ? { payment: { amount: 0, currency: '', paid: false } } : {}),
});

/** A new placement, offered: its checklist due relative to the first day, the offer open for `offerDays`. */
export function open(
  selected: CandidateSelectedV1,
  checklist: readonly ChecklistTask[],
  now: Date,
  offerDays: number,
): Placement {
  return {
    status: 'offered',
    applicationId: selected.applicationId,
    torId: selected.torId,
    memberId: selected.memberId,
    iprc: selected.iprc,
    period: { start: selected.period.start, end: selected.period.end },
    respondBy: new Date(now.getTime() + offerDays * DAY_MS).toISOString(),
    emailKey: null,
    tasks: checklist.map((t) => taskOf(t, addDays(selected.period.start, t.dueDays))),
    trail: [entry(SYSTEM, 'offered', now)],
    createdAt: now.toISOString(),
  };
}

function assertOpenOffer(placement: Placement, now: Date) {
  assertStatus(placement, ['offered'], 'answered');
  if (now.toISOString() > placement.respondBy)
    throw conflict('offer.expired', 'This offer has expired; please contact the programme team');
}

/** Accepted with the passport they travel on: a task not needed for it (entry on a Rwandan passport) says so. */
export function accept(
  placement: Placement,
  passport: string,
  checklist: readonly ChecklistTask[],
  actor: Pick<Caller, 'id' | 'name' | 'roles'>,
  now: Date,
): Placement {
  assertOpenOffer(placement, now);
  const notNeeded = new Set(
    checklist.filter((t) => t.notNeededForPassports?.includes(passport)).map((t) => t.key),
  );
  return {
    ...placement,
    status: 'accepted',
    passport,
    tasks: placement.tasks.map((t) => (notNeeded.has(t.key) ? { ...t, status: 'not-needed' } : t)),
    trail: [
      ...placement.trail,
      entry(actor, 'accepted', now, { passport: notNeeded.size ? 'exempt' : 'other' }),
    ],
  };
}

export function decline(placement: Placement, actor: Pick<Caller, 'id' | 'name' | 'roles'>, now: Date) {
  assertOpenOffer(placement, now);
  return {
    ...placement,
    status: 'declined' as const,
    trail: [...placement.trail, entry(actor, 'declined', now)],
  };
}

/** Whether an unanswered offer is past its time. */
export const isExpired = (placement: Placement, now: Date) =>
  placement.status === 'offered' && now.toISOString() > placement.respondBy;

export function expire(placement: Placement, now: Date): Placement {
  if (!isExpired(placement, now)) throw conflict('offer.not_expired', 'This offer is still open');
  return { ...placement, status: 'expired', trail: [...placement.trail, entry(SYSTEM, 'expired', now)] };
}

/** Logistics have started once a task of the checklist is done: a cancellation then has things to undo. */
export const logisticsStarted = (placement: Placement) =>
  placement.tasks.some((t) => t.status === 'done' && !t.compensates);

/** Cancelled before its end: after logistics started, the cancellation list's tasks are added to undo them. */
export function cancel(
  placement: Placement,
  reason: PlacementCancelledV1['reason'],
  note: string,
  compensations: readonly ChecklistTask[],
  caller: Caller,
  now: Date,
): { state: Placement; stage: PlacementStage; logisticsStarted: boolean } {
  assertStatus(placement, ['offered', 'accepted', 'arrived'], 'cancelled');
  const stage = placement.status as PlacementStage;
  const started = logisticsStarted(placement);
  const today = dayOf(now);
  const undo = started ? compensations.map((t) => taskOf(t, addDays(today, t.dueDays), true)) : [];
  return {
    stage,
    logisticsStarted: started,
    state: {
      ...placement,
      status: 'cancelled',
      cancellation: { reason, note, stage, at: now.toISOString() },
      tasks: [...placement.tasks, ...undo],
      trail: [
        ...placement.trail,
        entry(caller, 'cancelled', now, { reason, stage, compensations: undo.length }),
      ],
    },
  };
}

export interface TaskChange {
  status?: Task['status'];
  notes?: string;
  payment?: Task['payment'];
  person?: string;
}

/** Work on a task: while logistics run (accepted, arrived), and on a cancelled one's compensating tasks. */
export function changeTask(placement: Placement, key: string, change: TaskChange, caller: Caller, now: Date) {
  const task = placement.tasks.find((t) => t.key === key);
  if (!task) throw new DomainError('task.not_found', 'not_found', `No task ${key} on this placement`);
  const open =
    placement.status === 'accepted' ||
    placement.status === 'arrived' ||
    (placement.status === 'cancelled' && task.compensates === true);
  if (!open)
    throw conflict(
      'placement.wrong_status',
      `The tasks of this placement are closed (it is ${placement.status})`,
    );
  if (change.payment && !task.payment)
    throw new DomainError('task.no_payment', 'invalid', `The task ${key} records no payment`);
  const next: Task = {
    ...task,
    ...(change.status ? { status: change.status } : {}),
    ...(change.notes !== undefined ? { notes: change.notes.trim() } : {}),
    ...(change.payment ? { payment: change.payment } : {}),
    ...(change.person !== undefined ? { person: change.person.trim() } : {}),
    updatedAt: now.toISOString(),
  };
  return withTask(placement, next, entry(caller, 'task-changed', now, { task: key, status: next.status }));
}

export function withTask(placement: Placement, task: Task, line: Placement['trail'][number]): Placement {
  return {
    ...placement,
    tasks: placement.tasks.map((t) => (t.key === task.key ? task : t)),
    trail: [...placement.trail, line],
  };
}

export function arrive(placement: Placement, on: string, caller: Caller, now: Date): Placement {
  assertStatus(placement, ['accepted'], 'confirmed as arrived');
  return {
    ...placement,
    status: 'arrived',
    arrivedOn: on,
    trail: [...placement.trail, entry(caller, 'arrived', now, { on })],
  };
}

/** The end-of-mission report (the professional) and the appraisal (the focal point): with both, it is complete. */
export function file(
  placement: Placement,
  what: Pick<Placement, 'report'> | Pick<Placement, 'appraisal'>,
  caller: Caller,
  now: Date,
): Placement {
  assertStatus(placement, ['arrived'], 'reported on');
  const kind = 'report' in what ? 'report' : 'appraisal';
  if (placement[kind]) throw conflict(`placement.${kind}_filed`, `The ${kind} is filed already`);
  const next = { ...placement, ...what };
  const complete = next.report !== undefined && next.appraisal !== undefined;
  return {
    ...next,
    status: complete ? 'completed' : 'arrived',
    trail: [
      ...placement.trail,
      entry(caller, `${kind}-filed`, now),
      ...(complete ? [entry(caller, 'completed', now)] : []),
    ],
  };
}

/** An open task's lateness on a day: past due, due within `soonDays`, or neither. */
export function lateness(task: Task, today: string, soonDays: number): 'overdue' | 'due-soon' | null {
  if (task.status !== 'open') return null;
  if (task.dueOn < today) return 'overdue';
  return task.dueOn <= addDays(today, soonDays) ? 'due-soon' : null;
}

/** Statuses whose tasks still run (the board's "late" filter looks at these). */
export const RUNNING: readonly PlacementStatus[] = ['accepted', 'arrived', 'cancelled'];

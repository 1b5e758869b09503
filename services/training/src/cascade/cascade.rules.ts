import type { SexCount } from '@ikiraro/contracts';
import { DomainError } from '@ikiraro/service-defaults';
import type { Tot } from '../tots/tot.ts';
import type { Trainee } from '../trainees/trainee.ts';
import type { RosterEntry } from './cascade.ts';

const invalid = (code: string, message: string) => new DomainError(code, 'invalid', message);

export interface StudentsInput {
  students?: SexCount[];
  roster?: { name: string; sex: string }[];
}

/** Counts by sex, one entry per sex present, in the order of `sexes`; sexes counted 0 left out. */
export function countBySex(counts: readonly SexCount[], sexes: readonly string[]): SexCount[] {
  const totals = new Map<string, number>();
  for (const { sex, count } of counts) totals.set(sex, (totals.get(sex) ?? 0) + count);
  return sexes.filter((sex) => (totals.get(sex) ?? 0) > 0).map((sex) => ({ sex, count: totals.get(sex)! }));
}

export const totalOf = (counts: readonly SexCount[]) => counts.reduce((sum, c) => sum + c.count, 0);

/** The students of a session, given as counts or as a roster (counted by sex): exactly one of the two. */
export function studentsOf(
  input: StudentsInput,
  sexes: readonly string[],
): { students: SexCount[]; roster: RosterEntry[] | null } {
  if ((input.students === undefined) === (input.roster === undefined))
    throw invalid('cascade.students_or_roster', 'Give the students either as counts by sex or as a roster');
  const roster = input.roster?.map((r) => ({ name: r.name.trim(), sex: r.sex })) ?? null;
  const students = countBySex(
    roster ? roster.map((r) => ({ sex: r.sex, count: 1 })) : input.students!,
    sexes,
  );
  if (!totalOf(students)) throw invalid('cascade.no_students', 'A session has at least one student');
  return { students, roster };
}

/**
 * A cascade session is given by a trained teacher of the ToT (not a student, not erased), for a ToT that was not
 * cancelled, on a day from the ToT's start to today: the cascade follows the training.
 */
export function assertMayRecord(trainee: Trainee, tot: Tot, date: string, today: string) {
  if (trainee.erased) throw new DomainError('trainee.not_found', 'not_found', 'This trainee was erased');
  if (trainee.role !== 'teacher')
    throw new DomainError(
      'cascade.not_teacher',
      'forbidden',
      'Only trained teachers record cascade sessions',
    );
  if (tot.status === 'cancelled')
    throw new DomainError('tot.wrong_status', 'conflict', 'This training was cancelled');
  if (date > today) throw invalid('cascade.future_date', 'Record a session once it was given');
  if (date < tot.period.start)
    throw invalid(
      'cascade.before_training',
      `The training started on ${tot.period.start}: sessions given since then`,
    );
}

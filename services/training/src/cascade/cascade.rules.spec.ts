import { describe, expect, it } from '@jest/globals';
import type { Tot } from '../tots/tot.ts';
import type { Trainee } from '../trainees/trainee.ts';
import { assertMayRecord, countBySex, studentsOf } from './cascade.rules.ts';

const sexes = ['woman', 'man', 'other', 'prefer-not-to-say'];
const teacher = { role: 'teacher' } as Trainee;
const tot = { status: 'closed', period: { start: '2025-03-01', end: '2025-05-30' } } as Tot;

describe('cascade sessions', () => {
  it('counts a roster by sex, in the order of the genders', () => {
    const roster = [
      { name: ' Eric ', sex: 'man' },
      { name: 'Aline', sex: 'woman' },
      { name: 'Grace', sex: 'woman' },
    ];
    expect(studentsOf({ roster }, sexes)).toEqual({
      students: [
        { sex: 'woman', count: 2 },
        { sex: 'man', count: 1 },
      ],
      roster: [
        { name: 'Eric', sex: 'man' },
        { name: 'Aline', sex: 'woman' },
        { name: 'Grace', sex: 'woman' },
      ],
    });
  });

  it('adds counts given twice for one sex and leaves out zeros', () => {
    const counts = [
      { sex: 'man', count: 3 },
      { sex: 'woman', count: 0 },
      { sex: 'man', count: 2 },
    ];
    expect(countBySex(counts, sexes)).toEqual([{ sex: 'man', count: 5 }]);
  });

  it('takes counts or a roster, not both nor neither, and at least one student', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { code: string }).code;
      }
      return 'none';
    };
    expect(code(() => studentsOf({}, sexes))).toBe('cascade.students_or_roster');
    expect(code(() => studentsOf({ students: [], roster: [] }, sexes))).toBe('cascade.students_or_roster');
    expect(code(() => studentsOf({ students: [{ sex: 'man', count: 0 }] }, sexes))).toBe(
      'cascade.no_students',
    );
  });

  it('is recorded by a trained teacher, for a day from the training to today', () => {
    expect(() => assertMayRecord(teacher, tot, '2025-04-02', '2025-06-01')).not.toThrow();
    expect(() => assertMayRecord({ role: 'student' } as Trainee, tot, '2025-04-02', '2025-06-01')).toThrow(
      expect.objectContaining({ code: 'cascade.not_teacher' }),
    );
    expect(() => assertMayRecord(teacher, tot, '2025-06-02', '2025-06-01')).toThrow(
      expect.objectContaining({ code: 'cascade.future_date' }),
    );
    expect(() => assertMayRecord(teacher, tot, '2025-02-28', '2025-06-01')).toThrow(
      expect.objectContaining({ code: 'cascade.before_training' }),
    );
    expect(() =>
      assertMayRecord(teacher, { ...tot, status: 'cancelled' }, '2025-04-02', '2025-06-01'),
    ).toThrow(expect.objectContaining({ code: 'tot.wrong_status' }));
  });
});

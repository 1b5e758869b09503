import { TRAINEE_ROLES, type TraineeRole } from '@ikiraro/contracts';
import { genderCodeOf } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import { isEmail } from 'class-validator';
import { type CsvError, parse } from 'csv-parse/sync';
import type { Trainee } from './trainee.ts';

/** Reading a list of trainees: pure, no I/O. A file is refused whole, or read into rows valid or with errors. */
export const TRAINEE_COLUMNS = ['name', 'sex', 'role', 'department', 'email', 'phone'] as const;
type Column = (typeof TRAINEE_COLUMNS)[number];
const OPTIONAL: readonly Column[] = ['email', 'phone'];

/** A trainee as a row of a file (or a form) gives them: a column each. */
export type TraineeRow = Pick<Trainee, Column>;

export interface RowError {
  /** Line of the file (the header is line 1). */
  row: number;
  column: Column | null;
  message: string;
}

export type ReadRow = { row: number; trainee: TraineeRow } | { row: number; errors: RowError[] };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** Checks one trainee, as a row of a file or a form: its errors by field, or the trainee as kept. */
export function checkTrainee(
  raw: Record<string, string | undefined>,
  row = 0,
): { trainee?: TraineeRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: Column, message: string) => errors.push({ row, column, message });
  const text = (column: Column) => (raw[column] ?? '').trim();
  const name = text('name');
  if (!name || name.length > 200) fail('name', 'A name of 1 to 200 characters');
  const sex = genderCodeOf(text('sex'));
  if (!sex) fail('sex', `Unknown sex "${text('sex')}"`);
  const role = text('role').toLowerCase() as TraineeRole;
  if (!TRAINEE_ROLES.includes(role)) fail('role', `Role is one of ${TRAINEE_ROLES.join(', ')}`);
  const department = text('department');
  if (!department || department.length > 120) fail('department', 'A department of 1 to 120 characters');
  const email = text('email') ? normaliseEmail(text('email')) : null;
  if (email && (!isEmail(email) || email.length > 254))
    fail('email', `Not an e-mail address: "${text('email')}"`);
  const phone = text('phone') || null;
  if (phone && !PHONE.test(phone)) fail('phone', `Not a phone number: "${phone}"`);
  if (errors.length) return { errors };
  return { trainee: { name, sex: sex!, role, department, email, phone }, errors };
}

/** A file that cannot be read at all: refused whole, `import.encoding`, `import.malformed` or `import.columns`. */
const unreadable = (code: string, message: string) => new DomainError(code, 'invalid', message);

export function readTraineeFile(bytes: Buffer): ReadRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('import.encoding', 'The file is not UTF-8 text');
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    throw unreadable('import.malformed', `Not a CSV file: ${(error as CsvError).message}`);
  }
  const [header = [], ...rows] = records;
  const columns = header.map((h) => h.trim());
  const missing = TRAINEE_COLUMNS.filter((c) => !OPTIONAL.includes(c) && !columns.includes(c));
  const unknown = columns.filter((c) => !TRAINEE_COLUMNS.includes(c as Column));
  if (missing.length || unknown.length)
    throw unreadable(
      'import.columns',
      `The header is ${TRAINEE_COLUMNS.join(',')} (email and phone may be left out)` +
        (missing.length ? `; missing: ${missing.join(', ')}` : '') +
        (unknown.length ? `; unknown: ${unknown.join(', ')}` : ''),
    );
  return rows.map((values, i) => {
    const row = i + 2;
    const { trainee, errors } = checkTrainee(Object.fromEntries(columns.map((c, j) => [c, values[j]])), row);
    return trainee ? { row, trainee } : { row, errors };
  });
}

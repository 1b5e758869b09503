import { QUALIFICATION_LEVELS } from '@ikiraro/contracts';
import { genderCodeOf, type ProgrammeCode, programmeCodes } from '@ikiraro/programme';
import { isEmail } from 'class-validator';
import { CsvError, parse } from 'csv-parse/sync';
import { normaliseEmail } from '../members/member.ts';

/**
 * Reading a diaspora-mapping list: pure functions, no I/O. A file is refused whole (encoding, CSV syntax,
 * columns) or read into rows, each either valid or with its errors by column.
 */

export const COLUMNS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'countryOfResidence',
  'qualificationLevel',
  'qualificationField',
  'institution',
  'qualificationYear',
  'subjects',
  'yearsOfExperience',
  'languages',
  'gender',
] as const;
export type Column = (typeof COLUMNS)[number];
/** Columns a list may leave out: nobody is required to give a phone number or a gender. */
const OPTIONAL_COLUMNS: readonly Column[] = ['phone', 'gender'];

/** A file that cannot be read at all: `import.encoding`, `import.malformed`, `import.columns`. */
export class ImportFileError extends Error {
  constructor(
    readonly code: 'import.encoding' | 'import.malformed' | 'import.columns',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface RowError {
  /** Line of the file where the record ends (the header is line 1), as an editor or a spreadsheet shows it. */
  row: number;
  column: Column | null;
  message: string;
}

/** A valid row, as the member data it stands for. */
export interface ImportedPerson {
  row: number;
  firstName: string;
  lastName: string;
  /** Normalised: the member_emails key. */
  email: string;
  phone?: string;
  countryOfResidence: ProgrammeCode;
  qualification: {
    level: (typeof QUALIFICATION_LEVELS)[number];
    field: string;
    institution: string;
    year: number;
  };
  subjects: string[];
  yearsOfExperience: number;
  languages: string[];
  gender?: string;
}

/** UTF-8 only (a list saved as Latin-1 would store mangled names), without its byte-order mark. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError('import.encoding', 'The file is not UTF-8 text: save it as "CSV UTF-8"');
  }
}

/** The CSV's records with the line each ends on, the header checked against COLUMNS. */
export function readCsv(text: string): { header: Column[]; records: { row: number; values: string[] }[] } {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new ImportFileError('import.malformed', `The file is not valid CSV: ${error.message}`, { line });
  }
  const [first, ...rest] = parsed;
  const header = (first?.record ?? []).map((name) => name.trim());
  const unknown = header.filter((name) => !(COLUMNS as readonly string[]).includes(name));
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  const missing = COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c) && !header.includes(c));
  if (unknown.length > 0 || repeated.length > 0 || missing.length > 0) {
    throw new ImportFileError('import.columns', 'The header does not have the expected columns', {
      missing,
      unknown,
      repeated,
      expected: COLUMNS,
    });
  }
  return {
    header: header as Column[],
    records: rest.map(({ record, info }) => ({ row: info.lines, values: record })),
  };
}

const list = (value: string) =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** One row: the person it describes, or its errors (every one, not just the first). */
export function readRow(
  header: Column[],
  { row, values }: { row: number; values: string[] },
  thisYear: number,
): { person: ImportedPerson } | { errors: RowError[] } {
  const value = (column: Column) => values[header.indexOf(column)] ?? '';
  const errors: RowError[] = [];
  const fail = (column: Column, message: string) => errors.push({ row, column, message });
  const text = (column: Column, max: number, optional = false) => {
    const v = value(column);
    if (v === '' && optional) return undefined;
    if (v.length < 1 || v.length > max) fail(column, `required, at most ${max} characters`);
    return v;
  };
  const integer = (column: Column, min: number, max: number) => {
    const v = value(column);
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) fail(column, `a whole number from ${min} to ${max}`);
    return n;
  };
  const oneOf = <T extends string>(
    column: Column,
    allowed: readonly T[],
    normalise: (v: string) => string,
  ) => {
    const v = normalise(value(column));
    if (!allowed.includes(v as T)) fail(column, `one of ${allowed.join(', ')}`);
    return v as T;
  };

  const firstName = text('firstName', 100)!;
  const lastName = text('lastName', 100)!;
  const email = normaliseEmail(value('email'));
  if (!isEmail(email) || email.length > 254) fail('email', 'not a valid e-mail address');
  const phone = text('phone', 30, true);
  if (phone !== undefined && !/^\+?[0-9][0-9 ()./-]{5,29}$/.test(phone))
    fail('phone', 'digits, spaces and + ( ) . / - only');
  const countryOfResidence = oneOf('countryOfResidence', programmeCodes('countriesAbroad'), (v) =>
    v.toUpperCase(),
  );
  const level = oneOf('qualificationLevel', QUALIFICATION_LEVELS, (v) => v.toLowerCase());
  const field = text('qualificationField', 200)!;
  const institution = text('institution', 200)!;
  const year = integer('qualificationYear', 1940, thisYear);
  const subjects = list(value('subjects'));
  if (subjects.length < 1 || subjects.length > 20 || subjects.some((s) => s.length > 200))
    fail('subjects', '1 to 20 subjects separated by ";", each at most 200 characters');
  const yearsOfExperience = integer('yearsOfExperience', 0, 70);
  const languages = list(value('languages')).map((l) => l.toLowerCase());
  if (languages.length < 1 || languages.length > 20 || languages.some((l) => !/^[a-z]{2}$/.test(l)))
    fail('languages', '1 to 20 two-letter ISO 639-1 codes (en, fr, de, rw…) separated by ";"');
  // Lists spell genders their own way (`F`, `female`): the programme's aliases map them to its codes.
  const statedGender = text('gender', 60, true);
  const gender = genderCodeOf(statedGender);
  if (statedGender && !gender) fail('gender', `one of ${programmeCodes('genders').join(', ')}, or empty`);

  if (errors.length > 0) return { errors };
  return {
    person: {
      row,
      firstName,
      lastName,
      email,
      ...(phone ? { phone } : {}),
      countryOfResidence,
      qualification: { level, field, institution, year },
      subjects,
      yearsOfExperience,
      languages,
      ...(gender ? { gender } : {}),
    },
  };
}

/** Rows whose e-mail an earlier row of the same file has already: the first one is the one imported. */
export function inFileDuplicates(people: ImportedPerson[]) {
  const first = new Map<string, number>();
  const duplicates: { row: number; email: string; duplicateOf: number }[] = [];
  const unique: ImportedPerson[] = [];
  for (const person of people) {
    const earlier = first.get(person.email);
    if (earlier === undefined) {
      first.set(person.email, person.row);
      unique.push(person);
    } else duplicates.push({ row: person.row, email: person.email, duplicateOf: earlier });
  }
  return { unique, duplicates };
}

import { IsIn, type ValidationOptions } from 'class-validator';
import type { ProgrammeDefinition } from './programme.definition.ts';
import { programme } from './programme.loader.ts';

/** The closed lists of a programme that requests, events and scopes are checked against. */
const vocabularies = {
  /** Every office's code, the host office's too: an outreach officer's scope. */
  offices: (p) => p.offices.map((o) => o.code),
  /** Offices that run outreach: campaigns and registrants belong to one. */
  officesAbroad: (p) => p.offices.filter((o) => o.abroad).map((o) => o.code),
  /** Countries of the offices abroad: where members live, where campaigns reach people, whom ToRs recruit. */
  countriesAbroad: (p) => [...new Set(p.offices.filter((o) => o.abroad).map((o) => o.country))],
  /** The host institutions (the IPRCs): ToRs, placements and a focal point's scope. */
  institutions: (p) => p.host.institutions.map((i) => i.code),
  /** The provinces of the host institutions: where an investor may say they want to fund pilots. */
  provinces: (p) => [...new Set(p.host.institutions.map((i) => i.province))],
  genders: (p) => p.genders.map((g) => g.code),
  currencies: (p) => [...p.currencies],
  subjects: (p) => p.subjects.map((s) => s.code),
  publicLanguages: (p) => [...p.languages.public],
  staffLanguages: (p) => [...p.languages.staff],
  trainingLanguages: (p) => [...p.languages.training],
} satisfies Record<string, (p: ProgrammeDefinition) => string[]>;

export type Vocabulary = keyof typeof vocabularies;

/** A code of one of the programme's lists, e.g. an office (`BE`) or an institution (`KGL`). */
export type ProgrammeCode = string;

/** The codes of one list, in the definition's order: e.g. `@ApiProperty({ enum: programmeCodes('offices') })`. */
export const programmeCodes = (vocabulary: Vocabulary, definition = programme()): string[] =>
  vocabularies[vocabulary](definition);

/**
 * The value must be a code of the programme's list (`{ each: true }` for arrays), e.g.
 * `@IsProgrammeCode('officesAbroad') office!: ProgrammeCode`. The list is read from the definition when the class
 * is declared: one process runs one programme. The rule is class-validator's `isIn`, so messages and the JSON
 * schemas derived from it (AsyncAPI) name the programme's codes.
 */
export const IsProgrammeCode = (vocabulary: Vocabulary, options?: ValidationOptions): PropertyDecorator =>
  IsIn(programmeCodes(vocabulary), options);

/**
 * The gender code a value stands for, from its code or (any case, as imported lists spell it) an alias:
 * `female` → `woman`. Undefined for a value outside the list.
 */
export function genderCodeOf(value: string | null | undefined, definition = programme()): string | undefined {
  const wanted = value?.trim().toLowerCase();
  if (!wanted) return undefined;
  return definition.genders.find((g) =>
    [g.code, ...(g.aliases ?? [])].some((v) => v.toLowerCase() === wanted),
  )?.code;
}

/** The groups the gender-balance figures count: every gender but "prefer not to say", then `not stated`. */
export const NOT_STATED = 'not stated';
export const genderGroups = (definition = programme()): string[] => [
  ...definition.genders.filter((g) => !g.notStated).map((g) => g.code),
  NOT_STATED,
];

/** The group a stated gender counts in: its code, or `not stated` (no answer, "prefer not to say", unknown). */
export function genderGroupOf(value: string | null | undefined, definition = programme()): string {
  const code = genderCodeOf(value, definition);
  const gender = definition.genders.find((g) => g.code === code);
  return gender && !gender.notStated ? gender.code : NOT_STATED;
}

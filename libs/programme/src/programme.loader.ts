import { readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { programmeDefinitionPath } from './programme.config.ts';
import { ProgrammeDefinition } from './programme.definition.ts';

/** A definition file that cannot be read or breaks a rule: the process must not start on it. */
export class ProgrammeDefinitionError extends Error {
  override name = 'ProgrammeDefinitionError';
}

/** `host.institutions.2.code: code must match …`, one line per broken rule, with the field's path. */
function messagesOf(error: ValidationError, path = ''): string[] {
  const here = path ? `${path}.${error.property}` : error.property;
  return [
    ...Object.values(error.constraints ?? {}).map((message) => `${here}: ${message}`),
    ...(error.children ?? []).flatMap((child) => messagesOf(child, here)),
  ];
}

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

/** Rules across fields, which class-validator does not express. */
function consistencyProblems(p: ProgrammeDefinition): string[] {
  const unique: [string, string[]][] = [
    ['host.institutions', p.host.institutions.map((i) => i.code)],
    ['offices', p.offices.map((o) => o.code)],
    ['subjects', p.subjects.map((s) => s.code)],
    ['genders', p.genders.flatMap((g) => [g.code, ...(g.aliases ?? [])].map((v) => v.toLowerCase()))],
    ['logframe.results', p.logframe.results.map((r) => r.code)],
    ['logframe.indicators', p.logframe.indicators.map((i) => i.code)],
    [
      'checklists.placement and checklists.cancellation',
      [...p.checklists.placement, ...p.checklists.cancellation].map((t) => t.key),
    ],
  ];
  const problems = unique.flatMap(([field, values]) =>
    duplicates(values).map((code) => `${field}: "${code}" appears twice`),
  );
  const results = new Set(p.logframe.results.map((r) => r.code));
  const outcomes = new Set(p.logframe.results.filter((r) => !r.outcome).map((r) => r.code));
  for (const r of p.logframe.results)
    if (r.outcome && !outcomes.has(r.outcome))
      problems.push(`logframe.results: ${r.code} names "${r.outcome}", which is not an outcome`);
  for (const i of p.logframe.indicators)
    if (!results.has(i.result))
      problems.push(`logframe.indicators: ${i.code} measures "${i.result}", which is not a result`);
  if (!p.offices.some((o) => o.abroad)) problems.push('offices: at least one office must be abroad');
  const hostOffices = p.offices.filter((o) => !o.abroad);
  if (hostOffices.length !== 1 || hostOffices[0]!.country !== p.host.country)
    problems.push(`offices: exactly one office must be at home (abroad: false), in ${p.host.country}`);
  if (p.targets.institutions > p.host.institutions.length)
    problems.push(`targets.institutions: ${p.targets.institutions} is more than the host's institutions`);
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

/** Reads and checks one definition file; throws `ProgrammeDefinitionError` naming every bad field. */
export function loadProgramme(path: string): ProgrammeDefinition {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ProgrammeDefinitionError(`Programme definition ${path}: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ProgrammeDefinitionError(`Programme definition ${path}: must be a JSON object`);
  const definition = plainToInstance(ProgrammeDefinition, raw);
  const errors = validateSync(definition, { whitelist: true, forbidNonWhitelisted: true });
  const problems = errors.length > 0 ? errors.flatMap((e) => messagesOf(e)) : consistencyProblems(definition);
  if (problems.length > 0)
    throw new ProgrammeDefinitionError(
      `Programme definition ${path} is not valid:\n  ${problems.join('\n  ')}`,
    );
  return deepFreeze(definition);
}

let current: ProgrammeDefinition | undefined;

/**
 * The programme this process runs, read once (the first call, at import of the first class whose rules use it:
 * so a bad file stops the service at start) and the same value after.
 */
export function programme(): ProgrammeDefinition {
  current ??= loadProgramme(programmeDefinitionPath());
  return current;
}

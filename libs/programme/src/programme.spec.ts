import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PROGRAMME_DEFINITION, programmeDefinitionPath } from './programme.config.ts';
import { loadProgramme, programme, ProgrammeDefinitionError } from './programme.loader.ts';
import { genderCodeOf, genderGroupOf, genderGroups, programmeCodes } from './programme.vocabulary.ts';
import { OTHER_PROGRAMME_DEFINITION } from './testing/other-programme.testing.ts';

const first = JSON.parse(readFileSync(DEFAULT_PROGRAMME_DEFINITION, 'utf8')) as Record<string, any>;
const dir = mkdtempSync(join(tmpdir(), 'programme-'));
/** The first programme with one change, written to a file. */
function fileWith(change: (definition: Record<string, any>) => void): string {
  const copy = structuredClone(first);
  change(copy);
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(copy));
  return path;
}
const problemOf = (path: string) => {
  try {
    loadProgramme(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ProgrammeDefinitionError);
    return (error as Error).message;
  }
  throw new Error('the definition was accepted');
};

describe('the programme definition', () => {
  it('runs the first programme unless PROGRAMME_DEFINITION names another', () => {
    expect(programmeDefinitionPath({})).toBe(DEFAULT_PROGRAMME_DEFINITION);
    expect(programmeDefinitionPath({ PROGRAMME_DEFINITION: OTHER_PROGRAMME_DEFINITION })).toBe(
      OTHER_PROGRAMME_DEFINITION,
    );
    expect(programme().id).toBe('rwanda-tvet-diaspora');
    expect(programme()).toBe(programme());
  });

  it('holds the first programme’s reference data', () => {
    const p = programme();
    expect(programmeCodes('institutions')).toEqual(['KGL', 'HYE', 'MSZ', 'TMB', 'NGM', 'KRG', 'KTB', 'GSH']);
    expect(programmeCodes('offices')).toEqual(['BE', 'DE', 'RW']);
    expect(programmeCodes('officesAbroad')).toEqual(['BE', 'DE']);
    expect(programmeCodes('countriesAbroad')).toEqual(['BE', 'DE']);
    expect(programmeCodes('currencies')).toEqual(['EUR', 'RWF']);
    expect(programmeCodes('publicLanguages')).toEqual(['en', 'fr', 'de', 'rw']);
    expect(p.targets).toEqual({ professionals: 30, institutions: 8, awards: 10, months: 24 });
    expect(p.checklists.placement.find((t) => t.key === 'entry-visa')?.notNeededForPassports).toEqual(['RW']);
    expect(p.checklists.trainingCertificate).toEqual({ minAttendanceShare: 0.8, minPostTestScore: 60 });
  });

  it('loads another programme from its own file', () => {
    const other = loadProgramme(OTHER_PROGRAMME_DEFINITION);
    expect(programmeCodes('officesAbroad', other)).toEqual(['FR', 'IT']);
    expect(programmeCodes('institutions', other)).toEqual(['LK-N', 'LK-S', 'LK-E']);
    expect(genderGroups(other)).toEqual(['woman', 'man', 'not stated']);
  });

  it('is frozen: no service can change the programme for the others', () => {
    expect(() => (programme().targets as { professionals: number }).professionals++).toThrow(TypeError);
  });

  it('refuses a definition naming the bad field', () => {
    expect(problemOf(fileWith((d) => (d.host.institutions[2].code = 'M S Z')))).toContain(
      'host.institutions.2.code',
    );
    expect(problemOf(fileWith((d) => delete d.targets.professionals))).toContain('targets.professionals');
    expect(problemOf(fileWith((d) => (d.currencies = ['euro'])))).toContain('currencies');
    expect(problemOf(fileWith((d) => (d.offices[0].typo = true)))).toContain('offices.0.typo');
    expect(problemOf(fileWith((d) => d.offices.push({ ...d.offices[0] })))).toContain(
      'offices: "BE" appears twice',
    );
    expect(problemOf(fileWith((d) => (d.offices = d.offices.filter((o: any) => o.abroad))))).toContain(
      'exactly one office must be at home',
    );
    expect(problemOf(fileWith((d) => (d.genders[1].aliases = ['F'])))).toContain(
      'genders: "f" appears twice',
    );
  });

  it('refuses a file that is missing or not JSON', () => {
    expect(problemOf(join(dir, 'missing.json'))).toContain('missing.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "id": ');
    expect(problemOf(broken)).toContain('broken.json');
  });

  it('counts genders as the vocabulary says, aliases of imported lists included', () => {
    expect(genderCodeOf('Female')).toBe('woman');
    expect(genderCodeOf('man')).toBe('man');
    expect(genderCodeOf('genderqueer')).toBeUndefined();
    expect(genderGroups()).toEqual(['woman', 'man', 'other', 'not stated']);
    expect(
      ['woman', 'female', 'M', 'other', 'prefer-not-to-say', null, 'x'].map((g) => genderGroupOf(g)),
    ).toEqual(['woman', 'woman', 'man', 'other', 'not stated', 'not stated', 'not stated']);
  });
});

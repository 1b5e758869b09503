import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PROGRAMME_DEFINITION, loadProgramme } from '@ikiraro/programme';
import { staffRoles } from './roles.ts';

const programmes = fileURLToPath(new URL('../../../programmes/', import.meta.url));

describe('roles in programme definitions', () => {
  it('names only staff roles as owners of checklist tasks, in every definition of programmes/', () => {
    const files = readdirSync(programmes).map((name) => `${programmes}${name}`);
    expect(files).toContain(DEFAULT_PROGRAMME_DEFINITION);
    for (const file of files)
      for (const task of loadProgramme(file).checklists.placement)
        expect({ file, task: task.key, role: staffRoles.includes(task.ownerRole as never) }).toEqual({
          file,
          task: task.key,
          role: true,
        });
  });
});

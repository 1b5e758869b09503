// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, generateSchemas, schemasUrl, typesUrl } from './generate-api-types.ts';

describe('the portal’s API types', () => {
  // A DTO change reaches docs/openapi.json (the e2e contract test sees to that), then this file, then the type
  // check of every screen that uses the route.
  it('are generated from the checked-in OpenAPI document as it is now', async () => {
    const checkedIn = await readFile(typesUrl, 'utf8');
    expect(checkedIn === (await generateApiTypes()), 'run `npm run api:types -w services/portal`').toBe(true);
  });

  it('validate forms with the checked-in document’s schemas as they are now', async () => {
    const checkedIn = await readFile(schemasUrl, 'utf8');
    expect(checkedIn === (await generateSchemas()), 'run `npm run api:types -w services/portal`').toBe(true);
  });
});

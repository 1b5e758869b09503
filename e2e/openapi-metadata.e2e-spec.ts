import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMetadata, metadataFile, openApiServices } from '../tools/openapi-metadata.ts';

// What the swagger plugin derives from the DTOs and controllers is checked in per service; a DTO changed without
// tools/openapi-metadata.ts fails here rather than serving a document that no longer says what the code does.
describe('each service’s OpenAPI plugin metadata', () => {
  it.each(openApiServices)(
    'is what the plugin derives from the sources of %s today',
    async (service) => {
      const dir = mkdtempSync(join(tmpdir(), 'openapi-metadata-'));
      try {
        const fresh = await generateMetadata(service, dir);
        const checkedIn = readFileSync(
          new URL(`../services/${service}/src/${metadataFile}`, import.meta.url),
          'utf8',
        );
        expect(checkedIn).toBe(fresh);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

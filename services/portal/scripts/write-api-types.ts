// The portal's API types and form schemas, generated from docs/openapi.json (tools/bootstrap.mjs runs it).
import { mkdir, writeFile } from 'node:fs/promises';
import { generateApiTypes, generateSchemas, schemasUrl, typesUrl } from './generate-api-types.ts';

await mkdir(new URL('.', typesUrl), { recursive: true });
await writeFile(typesUrl, await generateApiTypes());
await writeFile(schemasUrl, await generateSchemas());
console.log('services/portal/src/api/generated/openapi.ts, schemas.json');

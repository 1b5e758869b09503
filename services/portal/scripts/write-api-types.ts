import { writeFile } from 'node:fs/promises';
import { generateApiTypes, generateSchemas, schemasUrl, typesUrl } from './generate-api-types.ts';

await writeFile(typesUrl, await generateApiTypes());
await writeFile(schemasUrl, await generateSchemas());
console.log(`Wrote ${typesUrl.pathname} and ${schemasUrl.pathname}`);

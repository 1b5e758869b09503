import { writeFile } from 'node:fs/promises';
import { generateApiTypes, typesUrl } from './generate-api-types.ts';

await writeFile(typesUrl, await generateApiTypes());
console.log(`Wrote ${typesUrl.pathname}`);

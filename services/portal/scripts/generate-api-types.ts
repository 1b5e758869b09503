import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

/** The merged OpenAPI checked in beside the code (the suite fails when the gateway serves another). */
export const documentUrl = new URL('../../../docs/openapi.json', import.meta.url);
/**
 * The portal's types of every route and the values of the API's closed lists (`partnerDtoKindValues`, …),
 * generated: never edit it by hand, run `npm run api:types -w services/portal`.
 */
export const typesUrl = new URL('../src/api/generated/openapi.ts', import.meta.url);

/**
 * The document's schemas as the portal's forms validate with them (the rules are the server's, never re-typed):
 * generated beside the types, so the build sees a change of either.
 */
export const schemasUrl = new URL('../src/api/generated/schemas.json', import.meta.url);

export async function generateSchemas(): Promise<string> {
  const document = JSON.parse(await readFile(documentUrl, 'utf8'));
  const text = JSON.stringify({ components: { schemas: document.components?.schemas ?? {} } });
  return format(text, { ...(await resolveConfig(schemasUrl.pathname)), filepath: schemasUrl.pathname });
}

/** The TypeScript declarations of the document, formatted as the repository formats code. */
export async function generateApiTypes(): Promise<string> {
  const document = JSON.parse(await readFile(documentUrl, 'utf8'));
  const header =
    '// Generated from docs/openapi.json by services/portal/scripts/generate-api-types.ts: do not edit.\n';
  const text = header + astToString(await openapiTS(document, { alphabetize: true, enumValues: true }));
  return format(text, { ...(await resolveConfig(typesUrl.pathname)), filepath: typesUrl.pathname });
}

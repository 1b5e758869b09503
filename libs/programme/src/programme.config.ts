import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The first programme's definition, used when `PROGRAMME_DEFINITION` names none. */
export const DEFAULT_PROGRAMME_DEFINITION = fileURLToPath(
  new URL('../../../programmes/rwanda-tvet-diaspora.json', import.meta.url),
);

/** The definition file this process runs: `PROGRAMME_DEFINITION` (relative to the working directory) or the default. */
export function programmeDefinitionPath(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.PROGRAMME_DEFINITION?.trim();
  return named ? resolve(named) : DEFAULT_PROGRAMME_DEFINITION;
}

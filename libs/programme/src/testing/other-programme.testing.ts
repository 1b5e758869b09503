import { fileURLToPath } from 'node:url';

/** A second, made-up programme (other host country and institutions, offices in FR and IT) for tests. */
export const OTHER_PROGRAMME_DEFINITION = fileURLToPath(new URL('./other-programme.json', import.meta.url));

import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Installed tools (Kafka jars, FerretDB binary), shared by every clone on this machine. */
export const cacheDir =
  process.env.IKIRARO_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ikiraro');

/** Data, logs and pid files of `npm start` and `npm run infra` (git-ignored). */
export const localStateDir = join(repoRoot, '.local');

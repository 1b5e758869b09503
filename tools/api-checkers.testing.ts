// The two outside tools the API's contract tests use, installed once on first use and cached like Kafka and
// FerretDB (deploy/local): schemathesis (fuzzes the merged OpenAPI) in a Python venv from PyPI, and oasdiff
// (finds changes that break a client) built with `go install` through the Go module proxy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '@ikiraro/local-infra';

export const SCHEMATHESIS_VERSION = '4.32.5';
export const OASDIFF_VERSION = '1.37.0';

function step(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.error ?? result.stderr.slice(-2000)}`);
}

/** Runs `install` into `home` unless a previous run completed it, then returns `exe` inside it. */
function cached(home: string, exe: string, install: () => void): string {
  if (existsSync(join(home, '.complete'))) return join(home, exe);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  install();
  writeFileSync(join(home, '.complete'), new Date().toISOString());
  return join(home, exe);
}

/** The `st` command of schemathesis, pinned, in a venv of its own (`python3 -m venv` needs no root). */
export function installSchemathesis(): string {
  const home = join(cacheDir, `schemathesis-${SCHEMATHESIS_VERSION}`);
  return cached(home, 'bin/st', () => {
    step('python3', ['-m', 'venv', home]);
    step(join(home, 'bin/pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]);
  });
}

/** The oasdiff binary, pinned, built from the module proxy's source (CGO off: no C toolchain needed). */
export function installOasdiff(): string {
  const home = join(cacheDir, `oasdiff-${OASDIFF_VERSION}`);
  return cached(home, 'bin/oasdiff', () =>
    step('go', ['install', `github.com/oasdiff/oasdiff@v${OASDIFF_VERSION}`], {
      ...process.env,
      GOBIN: join(home, 'bin'),
      CGO_ENABLED: '0',
    }),
  );
}

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { repoRoot } from '@ikiraro/local-infra';

/** Debian's Chromium (installed by tools/chromium.mjs before the suite), or CHROMIUM_PATH. Never a download. */
export function chromiumPath(): string {
  const path = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  );
  if (!path) throw new Error('No Chromium: run `node tools/chromium.mjs` or set CHROMIUM_PATH');
  return path;
}

/** Headless Chromium that makes no connection of its own (no sync, updates or background fetches). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Where screenshots go: test-artifacts/<suite>/ (kept by CI as artifacts, ignored by git). */
export function artifactsDir(suite: string): string {
  const dir = join(repoRoot, 'test-artifacts', suite);
  mkdirSync(dir, { recursive: true });
  return dir;
}

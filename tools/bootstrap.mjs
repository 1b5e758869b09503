// Installs the npm dependencies when they are missing or older than package-lock.json, derives the services'
// OpenAPI metadata and builds the portal when their sources changed, so that `npm start` and `npm test` work on a fresh clone with no other step. Plain Node: it runs before any install.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const major = Number(process.versions.node.split('.')[0]);
const minor = Number(process.versions.node.split('.')[1]);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Ikiraro needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

const stamp = 'node_modules/.ikiraro-lock-hash';
const lockHash = () => createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash()) {
  // `npm install` rather than `npm ci`: npm 11 leaves other platforms' optional native packages out of the
  // lock file, and `npm ci` then refuses the lock. With the lock present, `npm install` installs exactly it.
  console.log('Installing npm dependencies…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, lockHash());
}

/** A hash of the files below `paths`, leaving out the folders and files named in `skip`. */
const hashOf = (paths, skip) => {
  const hash = createHash('sha256');
  const walk = (path) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (!skip.includes(name)) walk(join(path, name));
      }
    } else hash.update(path).update(readFileSync(path));
  };
  paths.forEach(walk);
  return hash.digest('hex');
};

/** Runs `args` with this Node when the hash of `paths` changed since the last run (or `outputs` are missing). */
function whenChanged({ what, paths, skip, stamp, outputs = [], args, cwd = '.' }) {
  const inputs = hashOf(paths, ['node_modules', 'dist', ...skip]);
  const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs && outputs.every(existsSync);
  if (fresh) return;
  console.log(`${what}…`);
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, inputs);
}

// What Nest's swagger plugin derives from each service's DTOs and controllers (tools/openapi-metadata.ts): generated,
// not kept in git, again whenever a service's or a lib's sources changed.
// Every Nest service: a folder of services/ with an app module (the portal has none).
const documented = readdirSync('services').filter((s) => existsSync(`services/${s}/src/app.module.ts`));
whenChanged({
  what: 'Deriving the services’ OpenAPI metadata',
  paths: [...documented.map((s) => `services/${s}/src`), 'libs', 'tools/openapi-metadata.ts'],
  skip: ['openapi.metadata.ts'],
  stamp: 'node_modules/.ikiraro-openapi-metadata-hash',
  outputs: documented.map((s) => `services/${s}/src/openapi.metadata.ts`),
  args: ['--import', '@swc-node/register/esm-register', 'tools/openapi-metadata.ts'],
});

// The portal's API types and form schemas, generated from the checked-in OpenAPI document (not kept in git):
// a DTO change that breaks a screen fails the portal's type check.
whenChanged({
  what: 'Generating the portal’s API types',
  paths: ['docs/openapi.json', 'services/portal/scripts'],
  skip: [],
  stamp: 'node_modules/.ikiraro-portal-api-types-hash',
  outputs: ['services/portal/src/api/generated/openapi.ts', 'services/portal/src/api/generated/schemas.json'],
  args: ['--import', '@swc-node/register/esm-register', 'scripts/write-api-types.ts'],
  cwd: 'services/portal',
});

// The portal is built when its sources (or the policy it imports) changed since the last build; the gateway
// serves services/portal/dist.
whenChanged({
  what: 'Building the portal',
  paths: ['services/portal', 'libs/auth/src', 'package-lock.json'],
  skip: [],
  stamp: 'services/portal/dist/.inputs-hash',
  args: ['../../node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
  cwd: 'services/portal',
});

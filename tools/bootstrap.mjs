// Installs the npm dependencies when they are missing or older than package-lock.json, and builds the portal
// when its sources changed, so that `npm start` and `npm test` work on a fresh clone with no other step. Plain Node: it runs before any install.
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

// The portal is built when its sources (or the policy it imports) changed since the last build; the gateway
// serves services/portal/dist.
const portalInputs = ['services/portal', 'libs/auth/src', 'package-lock.json'];
const portalHash = () => {
  const hash = createHash('sha256');
  const walk = (path) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name !== 'dist' && name !== 'node_modules') walk(join(path, name));
      }
    } else hash.update(path).update(readFileSync(path));
  };
  portalInputs.forEach(walk);
  return hash.digest('hex');
};
const portalStamp = 'services/portal/dist/.inputs-hash';
const inputs = portalHash();
if (!existsSync(portalStamp) || readFileSync(portalStamp, 'utf8') !== inputs) {
  console.log('Building the portal…');
  const result = spawnSync(
    process.execPath,
    ['../../node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      cwd: 'services/portal',
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(portalStamp, inputs);
}

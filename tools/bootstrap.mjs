// Installs the npm dependencies when they are missing or older than package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone with no other step. Plain Node: it runs before any install.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const major = Number(process.versions.node.split('.')[0]);
const minor = Number(process.versions.node.split('.')[1]);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Ikiraro needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

const stamp = 'node_modules/.ikiraro-lock-hash';
const lockHash = () => createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash()) process.exit(0);

// `npm install` rather than `npm ci`: npm 11 leaves other platforms' optional native packages out of the
// lock file, and `npm ci` then refuses the lock. With the lock present, `npm install` installs exactly it.
console.log('Installing npm dependencies…');
const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, lockHash());

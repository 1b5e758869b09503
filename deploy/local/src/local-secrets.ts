import { newKeyPair } from '@ikiraro/auth';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface LocalSecrets {
  /** Base64 of the PEM texts, one line each. */
  publicKey: string;
  privateKey: string;
  admin: { email: string; password: string };
  /** The master key that wraps every person's data key (ADR 10), base64 of 32 bytes. */
  personalDataKey: string;
}

/**
 * The signing key pair and the first administrator of this machine's `npm start`, made once and kept in the
 * local state folder (never committed), so that sessions and the admin's password survive a restart.
 */
export async function localSecrets(dir: string): Promise<LocalSecrets & { created: boolean }> {
  const file = join(dir, 'secrets.json');
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
    if (kept.personalDataKey) return { ...kept, created: false };
    // Made before personal data was sealed: the master key is added, the rest kept.
    const secrets = { ...kept, personalDataKey: randomBytes(32).toString('base64') };
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return { ...secrets, created: false };
  }
  const keys = await newKeyPair();
  const secrets: LocalSecrets = {
    publicKey: Buffer.from(keys.publicKey).toString('base64'),
    privateKey: Buffer.from(keys.privateKey).toString('base64'),
    admin: { email: 'admin@ikiraro.local', password: randomBytes(12).toString('base64url') },
    personalDataKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return { ...secrets, created: true };
}

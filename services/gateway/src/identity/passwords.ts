import argon2 from 'argon2';
import { DomainError } from '@ikiraro/service-defaults';

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): strong, and quick enough for a 2-core server. */
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, options);

/** A hash of nothing, verified when the account is unknown, so that timing does not tell who has one. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await (decoy ??= hashPassword('no account has this password')), password);
    return false;
  }
  return argon2.verify(hash, password);
}

/** Length is what makes a password strong; 12 to 128 characters, and not the e-mail address. */
export function assertAcceptablePassword(password: string, email: string): void {
  if (password.length < 12 || password.length > 128)
    throw new DomainError('password.too_weak', 'invalid', 'A password has 12 to 128 characters');
  if (password.trim().toLowerCase() === email.toLowerCase())
    throw new DomainError('password.too_weak', 'invalid', 'A password cannot be the e-mail address');
}

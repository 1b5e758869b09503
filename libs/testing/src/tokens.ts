import { type Caller, type Role, readPrivateKey, signAccessToken } from '@ikiraro/auth';
import { v7 as uuidv7 } from 'uuid';

export type Who = Role | Role[] | (Partial<Caller> & { roles: Role[] });

/**
 * A real access token, signed with the run's test key (the services verify it with the public key, as with the
 * gateway's): `tokenFor('programme-manager')`, `tokenFor({ roles: ['outreach-officer'], office: 'BE' })`.
 */
export async function tokenFor(who: Who, ttlSeconds = 600): Promise<string> {
  const key = process.env.AUTH_PRIVATE_KEY;
  if (!key) throw new Error('AUTH_PRIVATE_KEY is not set: run under the jest global setup');
  const partial = typeof who === 'string' ? { roles: [who] } : Array.isArray(who) ? { roles: who } : who;
  const id = partial.id ?? uuidv7();
  const caller: Caller = { id, email: `${id}@test.ikiraro.org`, name: 'Test caller', ...partial };
  return signAccessToken(caller, await readPrivateKey(key), ttlSeconds);
}

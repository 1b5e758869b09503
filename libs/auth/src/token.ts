import { type webcrypto } from 'node:crypto';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, jwtVerify, SignJWT } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import { programmeCodes } from '@ikiraro/programme';
import { type Caller, roles } from './roles.ts';

/** Ed25519 signatures: small keys, fast, no parameters to get wrong. */
const algorithm = 'EdDSA';
const issuer = 'ikiraro';
const audience = 'ikiraro';

export type PublicKey = webcrypto.CryptoKey;
export type PrivateKey = webcrypto.CryptoKey;

/** A key pair as PEM text (SPKI public, PKCS#8 private): what the environment carries. */
export async function newKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = await generateKeyPair(algorithm, { crv: 'Ed25519', extractable: true });
  return { publicKey: await exportSPKI(pair.publicKey), privateKey: await exportPKCS8(pair.privateKey) };
}

/** PEM text, or the same base64-encoded on one line (easier in an environment variable). */
const pem = (text: string) => (text.includes('-----BEGIN') ? text : Buffer.from(text, 'base64').toString());

export const readPublicKey = (text: string): Promise<PublicKey> => importSPKI(pem(text), algorithm);
export const readPrivateKey = (text: string): Promise<PrivateKey> => importPKCS8(pem(text), algorithm);

/** Signs a short-lived access token for the caller. */
export async function signAccessToken(caller: Caller, key: PrivateKey, ttlSeconds: number): Promise<string> {
  const { id, ...claims } = caller;
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: algorithm, typ: 'at+jwt' })
    .setSubject(id)
    .setIssuer(issuer)
    .setAudience(audience)
    .setJti(uuidv7())
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

export class InvalidTokenError extends Error {}

/**
 * Tokens verified lately, until they expire: a client sends the same token with every request for minutes, and
 * the signature check is most of what the gateway and a service spend on authentication. Keyed by the whole
 * token text and the key, so nothing unverified is ever served from it.
 */
const verified = new WeakMap<PublicKey, Map<string, { caller: Caller; expiresAt: number }>>();
const cacheSize = 10_000;

/** The caller of a valid token; InvalidTokenError for anything else (bad signature, expired, wrong claims). */
export async function verifyAccessToken(token: string, key: PublicKey): Promise<Caller> {
  const cache = verified.get(key) ?? verified.set(key, new Map()).get(key)!;
  const hit = cache.get(token);
  if (hit && hit.expiresAt > Date.now()) return hit.caller;
  const caller = await verifySignedToken(token, key);
  if (cache.size >= cacheSize) cache.clear();
  cache.set(token, { caller, expiresAt: expiryOf(token) });
  return caller;
}

const expiryOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp * 1000;

async function verifySignedToken(token: string, key: PublicKey): Promise<Caller> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [algorithm],
      issuer,
      audience,
      typ: 'at+jwt',
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    throw new InvalidTokenError((error as Error).message);
  }
  const { sub, email, name, roles: claimed, office, iprc } = payload;
  const valid =
    typeof sub === 'string' &&
    typeof email === 'string' &&
    typeof name === 'string' &&
    Array.isArray(claimed) &&
    claimed.every((role) => (roles as readonly unknown[]).includes(role)) &&
    (office === undefined || programmeCodes('offices').includes(office as string)) &&
    (iprc === undefined || programmeCodes('institutions').includes(iprc as string));
  if (!valid) throw new InvalidTokenError('token claims are not valid');
  return { id: sub, email, name, roles: claimed as Caller['roles'], office, iprc } as Caller;
}

import { type webcrypto } from 'node:crypto';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, jwtVerify, SignJWT } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import { type Caller, iprcs, offices, roles } from './roles.ts';

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

/** The caller of a valid token; InvalidTokenError for anything else (bad signature, expired, wrong claims). */
export async function verifyAccessToken(token: string, key: PublicKey): Promise<Caller> {
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
    (office === undefined || (offices as readonly unknown[]).includes(office)) &&
    (iprc === undefined || (iprcs as readonly unknown[]).includes(iprc));
  if (!valid) throw new InvalidTokenError('token claims are not valid');
  return { id: sub, email, name, roles: claimed as Caller['roles'], office, iprc } as Caller;
}

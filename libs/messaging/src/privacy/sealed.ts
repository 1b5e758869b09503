import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * One personal value, sealed with its person's data key: AES-256-GCM (Node's crypto, no cipher of ours), a fresh
 * 96-bit nonce per value, and the person and field as associated data, so that a sealed value copied under
 * another person or field does not open. JSON in, JSON out: `sealed:1:<base64url of nonce, tag, ciphertext>`.
 */
const prefix = 'sealed:1:';

export const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(prefix);

export function seal(key: Buffer, aad: string, value: unknown): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(JSON.stringify(value)), cipher.final()]);
  return prefix + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url');
}

/** The value `seal` sealed; throws when the key, the person or the field is not the one it was sealed with. */
export function open(key: Buffer, aad: string, sealed: string): unknown {
  const bytes = Buffer.from(sealed.slice(prefix.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString());
}

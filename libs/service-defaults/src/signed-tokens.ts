import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Tokens for links that act without an account (a preferences page, a placement offer): the value and an HMAC
 * over it, with a key derived from the master key for one purpose, so there is no new secret to keep and a token
 * made for one purpose opens nothing of another.
 */
export class SignedTokens {
  private readonly key: Buffer;

  constructor(masterKeyBase64: string, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', Buffer.from(masterKeyBase64, 'base64'), '', purpose, 32));
  }

  sign(value: string): string {
    return `${Buffer.from(value).toString('base64url')}.${this.mac(`value:${value}`)}`;
  }

  /** The value a token carries, or null for a token this key did not sign. */
  open(token: string | undefined): string | null {
    const [encoded, mac] = (token ?? '').split('.');
    if (!encoded || !mac) return null;
    const value = Buffer.from(encoded, 'base64url').toString();
    const expected = Buffer.from(this.mac(`value:${value}`));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
  }

  /** A keyed hash, to find something by a value (an e-mail address) without keeping the value. */
  hash(value: string): string {
    return this.mac(`hash:${value}`);
  }

  private mac(input: string): string {
    return createHmac('sha256', this.key).update(input).digest('base64url');
  }
}

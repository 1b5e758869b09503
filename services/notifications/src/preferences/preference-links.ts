import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'ikiraro notifications: preference links';

/**
 * Links that let a person open their preferences, or stop a category in one click, without an account: the
 * token is the person and an HMAC over it with a key derived from the master key (so no new secret to keep).
 * It does not expire: the link in an old message must still work. It opens nothing but those preferences.
 */
export class PreferenceLinks {
  private readonly key: Buffer;

  constructor(
    masterKeyBase64: string,
    private readonly publicUrl: string,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', Buffer.from(masterKeyBase64, 'base64'), '', PURPOSE, 32));
  }

  tokenFor(person: string): string {
    return `${Buffer.from(person).toString('base64url')}.${this.mac(person)}`;
  }

  /** The person a token names, or null for a token we did not sign. */
  personOf(token: string | undefined): string | null {
    const [encoded, mac] = (token ?? '').split('.');
    if (!encoded || !mac) return null;
    const person = Buffer.from(encoded, 'base64url').toString();
    const expected = Buffer.from(this.mac(person));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? person : null;
  }

  /** The portal's preferences page for the person. */
  page(person: string): string {
    return `${this.publicUrl}/preferences?${new URLSearchParams({ token: this.tokenFor(person) })}`;
  }

  /** The RFC 8058 one-click address (the `List-Unsubscribe` header): a POST there stops the category. */
  oneClick(person: string, category: string): string {
    const query = new URLSearchParams({ token: this.tokenFor(person), category });
    return `${this.publicUrl}/api/v1/public/unsubscribe?${query}`;
  }

  /** A keyed hash of an e-mail address, to find a person's messages by address without keeping it. */
  addressKey(email: string): string {
    return createHmac('sha256', this.key).update(`address:${email.trim().toLowerCase()}`).digest('base64url');
  }

  private mac(person: string): string {
    return createHmac('sha256', this.key).update(`person:${person}`).digest('base64url');
  }
}

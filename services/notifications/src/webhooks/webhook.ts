import type { Purpose } from './purposes.ts';

/**
 * A partner's subscription, kept as an aggregate (`webhook`, `_id` its id): every change a new version, and a
 * trail of who changed what. Its writers are the admins' commands and the sender (which disables it after
 * repeated failure); the store's versions settle a race between them.
 */
export interface Webhook {
  url: string;
  eventTypes: string[];
  purpose: Purpose;
  description: string | null;
  enabled: boolean;
  /** Why it is disabled, in words staff can read; null while enabled. */
  disabledReason: string | null;
  disabledAt: string | null;
  /** When it was created or last enabled: failures are counted from then, and waiting deliveries resume. */
  enabledAt: string;
  secret: string;
  /** The secret before the last rotation, still signing beside the new one until `until`. */
  previousSecret: { secret: string; until: string } | null;
  createdAt: string;
  trail: { at: string; by: string; change: string }[];
}

export const WEBHOOK = 'webhook';

/** The secrets a delivery is signed with now: the current one, and the previous one while it overlaps. */
export const signingSecrets = (webhook: Webhook, now = new Date()) =>
  webhook.previousSecret && new Date(webhook.previousSecret.until) > now
    ? [webhook.secret, webhook.previousSecret.secret]
    : [webhook.secret];

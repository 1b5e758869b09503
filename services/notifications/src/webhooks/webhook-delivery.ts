/**
 * queued → delivered; or retrying (a failed attempt) → delivered or given up; or suppressed (the person whose
 * fields it carries was erased before it went). `pending` until one of delivered, given up or suppressed.
 */
export const WEBHOOK_DELIVERY_STATUSES = [
  'queued',
  'retrying',
  'delivered',
  'given-up',
  'suppressed',
] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** One POST to the receiver: its HTTP status (null: no answer) and the first 500 characters of what it said. */
export interface WebhookAttempt {
  at: Date;
  status: number | null;
  answer: string;
}

/**
 * One event for one subscription: `_id` is `<subscription id>:<event id>`, so an event handled twice is queued
 * once (the insert is refused). The consumer inserts it with its body, fixed for every attempt; from then on
 * the sender holding the lease is its only writer. A body that carries personal fields (a purpose that allows
 * them) is sealed with the person's key: gone with it when they are erased.
 */
export interface WebhookDelivery {
  _id: string;
  subscriptionId: string;
  event: { id: string; type: string; occurredAt: string };
  body: string;
  /** Whose personal fields the body carries; null when it carries none. */
  person: string | null;
  status: WebhookDeliveryStatus;
  pending: boolean;
  reason?: string;
  attempts: WebhookAttempt[];
  dueAt: Date;
  createdAt: Date;
  deliveredAt?: Date;
}

export const WEBHOOK_DELIVERIES = 'webhook_deliveries';
export const sealedBody = ['body'];

export const webhookDeliveryId = (subscriptionId: string, eventId: string) => `${subscriptionId}:${eventId}`;

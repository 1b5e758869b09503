import type { Facts } from '../policy/rule.ts';
import type { Category } from '../preferences/categories.ts';

/**
 * queued → sent; or retrying (a refusal or an unreachable server) → sent or given up; or suppressed (the
 * recipient opted out, has not consented, was erased). `pending` until one of sent, given up or suppressed.
 */
export const DELIVERY_STATUSES = ['queued', 'retrying', 'sent', 'given-up', 'suppressed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One try at the mail server, with its answer as it gave it (`250 2.0.0 Ok: queued`, `451 4.3.0 …`). */
export interface Attempt {
  at: Date;
  outcome: 'sent' | 'refused' | 'unreachable';
  answer: string;
}

/**
 * One message to one person because of one event: `_id` is `<template>:<event id>:<person>` (or, for a rule
 * that says what it goes once for, that key instead of the event's id), so an event handled twice queues
 * nothing twice (the insert is refused). The consumer inserts it; from then on the sender
 * holding the lease is its only writer, until it is no longer pending. Personal fields (the address, the
 * subject) are sealed with the person's key and set when it is sent or tried; the rule's personal facts are
 * sealed when it is queued.
 */
export interface Delivery {
  _id: string;
  template: string;
  category: Category;
  person: string;
  event: { id: string; type: string; occurredAt: string; correlationId: string };
  facts: Facts;
  /** The rule's facts for the recipient only (an offer's token), sealed with their key from the start. */
  personal?: Facts;
  status: DeliveryStatus;
  pending: boolean;
  /** Why it was suppressed or given up, in words staff can read. */
  reason?: string;
  attempts: Attempt[];
  /** Temporary refusals so far (an unreachable server is not counted: mail waits for it). */
  refusals: number;
  dueAt: Date;
  createdAt: Date;
  sentAt?: Date;
  to?: string;
  subject?: string;
  locale?: string;
  /** A keyed hash of the address: staff find a person's messages by address, which is not kept in clear. */
  toKey?: string;
  messageId?: string;
}

export const DELIVERIES = 'deliveries';
export const sealedDeliveryFields = ['to', 'subject', 'personal'];

export const deliveryId = (template: string, eventId: string, person: string) =>
  `${template}:${eventId}:${person}`;

import type { EventContract } from '@ikiraro/contracts';

export interface MessagingOptions {
  /** The service's name: producer of its events, consumer group `${topicPrefix}${service}`. */
  service: string;
  brokers: string[];
  /** Prepended to every topic and group (tests give each test file its own). */
  topicPrefix: string;
  partitions: number;
  /** Every event the service publishes: their topics are created at start, others refused. */
  publishes: readonly EventContract[];
  /** Aggregate name → collection where the relay keeps each aggregate's latest state (for queries). */
  projections: Readonly<Record<string, string>>;
  /** Run the outbox relay in this process (a deployment may run it in a separate one). */
  relay: boolean;
  /** Handler attempts before an event is dead-lettered, and the backoff between them. */
  retry: { attempts: number; initialDelayMs: number; maxDelayMs: number };
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

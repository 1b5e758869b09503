import type { EventContract } from '@ikiraro/contracts';

export interface MessagingOptions {
  /** The service's name: producer id of its events, consumer group `${topicPrefix}${service}`. */
  service: string;
  brokers: string[];
  /** Prepended to every topic and group (tests give each test file its own). */
  topicPrefix: string;
  partitions: number;
  /** Every event the service publishes: their topics are created at start, others refused. */
  publishes: readonly EventContract[];
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

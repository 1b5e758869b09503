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
  /**
   * Aggregate name → where the personal fields of its states are and whose they are: sealed in every stored
   * version and projection, opened when loaded (ADR 10).
   */
  personal: Readonly<Record<string, PersonalState>>;
  /** The key store: its database (own database, same server unless given) and the master key that wraps. */
  keys: { mongodbUri: string; database: string; masterKey: Buffer; cacheMs: number };
  /** How long topics keep events (dead-letter topics twice as long), and inboxes remember them (ADR 10). */
  retentionDays: number;
  inboxRetentionDays: number;
  /** Handler attempts before an event is dead-lettered, and the backoff between them. */
  retry: { attempts: number; initialDelayMs: number; maxDelayMs: number };
}

/** The personal fields of one aggregate's states, and the person they are about. */
export interface PersonalState<S = any> {
  person: (state: S, id: string) => string;
  fields: readonly string[];
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

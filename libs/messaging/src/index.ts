export { MessagingModule } from './messaging.module.ts';
export { AggregateStore } from './outbox/aggregate-store.ts';
export { Aggregate } from './outbox/aggregate.ts';
export {
  AggregateConflictError,
  AggregateNotFoundError,
  event,
  type Decision,
  type PendingEvent,
  type Versioned,
} from './outbox/versioned.ts';
export { OutboxRelay } from './outbox/outbox.relay.ts';
export { RelayLease } from './outbox/relay-lease.ts';
export { createMissingTopics, KafkaConnection } from './kafka.connection.ts';
export { KafkaEventServer } from './consumer/kafka-event.server.ts';
export {
  deadLetterTopic,
  REPLAY_FOR_HEADER,
  type DeadLetter,
  type ReplayMark,
} from './consumer/dead-letter.ts';
export { OnEvent } from './on-event.decorator.ts';
export { InvalidEventError, validatePayload } from './validate-payload.ts';
export type { MessagingOptions, PersonalState } from './messaging.options.ts';
export { readDeadLetters, replayDeadLetter } from './consumer/dead-letters.ts';
export { PersonalData } from './privacy/personal-data.ts';
export { PersonalKeys, PersonErasedError } from './privacy/personal-keys.ts';
export { type KeyWrapper, LocalKeyWrapper } from './privacy/key-wrapper.ts';
export { isSealed } from './privacy/sealed.ts';
export { LeasedPasses } from './outbox/leased-passes.ts';
export { erasureReceipts } from './privacy/erasure-receipts.ts';

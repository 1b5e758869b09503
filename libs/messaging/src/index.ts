export { MessagingModule } from './messaging.module.ts';
export { EventPublisher, type PublishMeta } from './event.publisher.ts';
export { KafkaConnection } from './kafka.connection.ts';
export { KafkaEventServer } from './kafka-event.server.ts';
export { OnEvent } from './on-event.decorator.ts';
export { InvalidEventError, validatePayload } from './validate-payload.ts';
export type { MessagingOptions } from './messaging.options.ts';

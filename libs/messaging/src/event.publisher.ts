import { Inject, Injectable } from '@nestjs/common';
import type { EventContract, EventEnvelope } from '@ikiraro/contracts';
import { v7 as uuidv7 } from 'uuid';
import { KafkaConnection } from './kafka.connection.ts';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options.ts';
import { validatePayload } from './validate-payload.ts';

export interface PublishMeta {
  actor?: string;
  correlationId?: string;
  causationId?: string;
}

/**
 * Publishes an integration event straight to Kafka.
 * Foundation only: not yet atomic with the state change (the outbox and its relay replace this).
 */
@Injectable()
export class EventPublisher {
  constructor(
    private readonly connection: KafkaConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async publish<T extends object>(
    contract: EventContract<T>,
    subject: string,
    data: T,
    meta: PublishMeta = {},
  ) {
    if (!this.options.publishes.includes(contract as EventContract)) {
      throw new Error(`${this.options.service} does not declare ${contract.type} in its publishes list`);
    }
    await validatePayload(contract, data);
    const id = uuidv7();
    const envelope: EventEnvelope<T> = {
      id,
      type: contract.type,
      version: contract.version,
      occurredAt: new Date().toISOString(),
      producer: this.options.service,
      subject,
      correlationId: meta.correlationId ?? id,
      causationId: meta.causationId ?? null,
      actor: meta.actor ?? 'system',
      data,
    };
    const producer = await this.connection.producer();
    await producer.send({
      topic: this.connection.topicOf(contract),
      acks: -1,
      messages: [{ key: subject, value: JSON.stringify(envelope), headers: { 'event-type': contract.type } }],
    });
    return envelope;
  }
}

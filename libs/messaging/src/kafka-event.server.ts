import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { EventEnvelope } from '@ikiraro/contracts';
import type { Consumer, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import type { KafkaConnection } from './kafka.connection.ts';
import { contractOfPattern, patternOf } from './on-event.decorator.ts';
import { validatePayload } from './validate-payload.ts';

/**
 * A Nest transport that feeds `@OnEvent` handlers from Kafka with kafkajs, in place of Nest's own Kafka
 * transport, so that the messaging library decides when an offset is committed (see docs/adr/0002).
 * Foundation only: a failing handler is retried by kafkajs; dead letters and the inbox come with the event
 * backbone.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger('KafkaEventServer');
  private consumer?: Consumer;

  constructor(private readonly connection: KafkaConnection) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const contracts = [...this.messageHandlers.keys()].map((pattern) => {
        const contract = contractOfPattern(pattern);
        if (!contract)
          throw new Error(`No event contract for handler pattern ${pattern}: use @OnEvent(Contract)`);
        return contract;
      });
      const topics = [...new Set(contracts.map((c) => this.connection.topicOf(c)))];
      if (topics.length > 0) {
        await this.connection.ensureTopics(topics);
        this.consumer = this.connection.kafka.consumer({ groupId: this.connection.groupId });
        await this.consumer.connect();
        await this.consumer.subscribe({ topics, fromBeginning: true });
        await this.consumer.run({ eachMessage: ({ message }) => this.dispatch(message) });
        this.log.log(`consuming ${topics.join(', ')} as ${this.connection.groupId}`);
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  private async dispatch(message: KafkaMessage): Promise<void> {
    const envelope = JSON.parse(message.value?.toString() ?? 'null') as EventEnvelope;
    const handler = this.messageHandlers.get(patternOf(envelope));
    if (!handler) return; // another event type on a topic we read: not ours to handle
    const data = await validatePayload(contractOfPattern(patternOf(envelope))!, envelope.data);
    await lastValueFrom(this.transformToObservable(await handler({ ...envelope, data })), {
      defaultValue: undefined,
    });
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
  }

  on(): never {
    throw new Error('KafkaEventServer has no events to listen to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}

import {
  type DynamicModule,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { KafkaEventServer } from './consumer/kafka-event.server.ts';
import { KafkaConnection } from './kafka.connection.ts';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options.ts';
import { AggregateStore } from './outbox/aggregate-store.ts';
import { OutboxRelay } from './outbox/outbox.relay.ts';
import { PersonalData } from './privacy/personal-data.ts';
import { PersonalDataProvider } from './privacy/personal-data.provider.ts';

/** Kafka for one service: the outbox and its relay (publishing), and the transport of its `@OnEvent` handlers. */
@Module({})
export class MessagingModule implements OnModuleInit, OnApplicationShutdown {
  private closing = false;

  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        KafkaConnection,
        OutboxRelay,
        AggregateStore,
        { provide: PersonalData, useClass: PersonalDataProvider },
        {
          provide: KafkaEventServer,
          useFactory: (kafka: KafkaConnection, connection: Connection, personal: PersonalData) =>
            new KafkaEventServer(kafka, options, () => connection.db!, personal),
          inject: [KafkaConnection, getConnectionToken(), PersonalData],
        },
      ],
      exports: [KafkaConnection, AggregateStore, KafkaEventServer, PersonalData],
    };
  }

  constructor(
    private readonly connection: KafkaConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  /**
   * The topics a service publishes to exist before its first command is accepted, when the broker is there. When
   * it is not, the service still starts (its HTTP answers, readiness says Kafka is down) and creates them once the
   * broker is back; meanwhile the outbox keeps every event, the relay sends it after.
   */
  async onModuleInit(): Promise<void> {
    const topics = this.options.publishes.map((c) => this.connection.topicOf(c));
    try {
      await this.connection.ensureTopics(topics);
    } catch (error) {
      void this.ensureLater(topics, error);
    }
  }

  private async ensureLater(topics: string[], error: unknown) {
    const log = new Logger('Kafka');
    for (let attempt = 1; !this.closing; attempt++) {
      const delay = Math.min(10_000, 300 * 2 ** Math.min(attempt, 5));
      log.warn(`cannot create the topics published to yet (${String(error)}); trying again in ${delay} ms`);
      await sleep(delay, undefined, { ref: false });
      try {
        return await this.connection.ensureTopics(topics);
      } catch (again) {
        error = again;
      }
    }
  }

  onApplicationShutdown() {
    this.closing = true;
  }
}

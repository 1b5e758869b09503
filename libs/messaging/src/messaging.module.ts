import { type DynamicModule, Inject, Module, type OnModuleInit } from '@nestjs/common';
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
export class MessagingModule implements OnModuleInit {
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

  /** The topics a service publishes to exist before its first command is accepted. */
  async onModuleInit(): Promise<void> {
    await this.connection.ensureTopics(this.options.publishes.map((c) => this.connection.topicOf(c)));
  }
}

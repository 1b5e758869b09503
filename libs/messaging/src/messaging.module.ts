import { type DynamicModule, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { EventPublisher } from './event.publisher.ts';
import { KafkaConnection } from './kafka.connection.ts';
import { KafkaEventServer } from './kafka-event.server.ts';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options.ts';

@Module({})
export class MessagingModule implements OnModuleInit {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        KafkaConnection,
        EventPublisher,
        {
          provide: KafkaEventServer,
          useFactory: (c: KafkaConnection) => new KafkaEventServer(c),
          inject: [KafkaConnection],
        },
      ],
      exports: [KafkaConnection, EventPublisher, KafkaEventServer],
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

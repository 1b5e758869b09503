// The two pipelines the benchmark compares, each a producing app and a consuming app that writes one
// document per event: (a) ours — outbox + relay, inbox, retries, dead letters; (b) the naive NestJS way —
// write, then ClientKafka.emit; an @EventPattern handler on Nest's Kafka transport; no outbox, no inbox.
import { Controller, Inject, Module } from '@nestjs/common';
import { ClientKafka, ClientsModule, EventPattern, Payload, Transport } from '@nestjs/microservices';
import { InjectConnection, MongooseModule } from '@nestjs/mongoose';
import { defineEvent, type EventEnvelope } from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { IsInt, Min } from 'class-validator';
import type { Connection } from 'mongoose';
import { lastValueFrom } from 'rxjs';

export class ItemRecordedV1 {
  @IsInt()
  @Min(0)
  n!: number;

  @IsInt()
  sentAt!: number;
}

export const ItemRecorded = defineEvent({
  type: 'bench.item.recorded',
  version: 1,
  payload: ItemRecordedV1,
  description: 'Benchmark only.',
});

/** End-to-end latency of every event, by pipeline: filled by the consumers, read by the benchmark. */
export const arrivals = { ours: [] as number[], naive: [] as number[] };

const insertOnce = async (connection: Connection, n: number) => {
  await connection
    .db!.collection<{ _id: number }>('received')
    .insertOne({ _id: n })
    .catch((e: { code?: number }) => {
      if (e.code !== 11000) throw e;
    });
};

@Controller()
class OursConsumer {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  @OnEvent(ItemRecorded)
  async on(@Payload() e: EventEnvelope<ItemRecordedV1>) {
    await insertOnce(this.connection, e.data.n);
    arrivals.ours.push(Date.now() - e.data.sentAt);
  }
}

@Module({ imports: [ServiceDefaultsModule.forRoot({ service: 'benchproducer', publishes: [ItemRecorded] })] })
export class OursProducerModule {}

@Module({
  imports: [ServiceDefaultsModule.forRoot({ service: 'benchconsumer' })],
  controllers: [OursConsumer],
})
export class OursConsumerModule {}

export const naiveTopic = 'bench.naive.item';

@Controller()
class NaiveConsumer {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  @EventPattern(naiveTopic)
  async on(@Payload() data: ItemRecordedV1) {
    await insertOnce(this.connection, data.n);
    arrivals.naive.push(Date.now() - data.sentAt);
  }
}

export class NaiveProducer {
  constructor(
    @Inject('KAFKA') private readonly kafka: ClientKafka,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async record(n: number, sentAt: number) {
    await this.connection.db!.collection('items').insertOne({ _id: n as never, sentAt });
    await lastValueFrom(this.kafka.emit(naiveTopic, { key: String(n), value: { n, sentAt } }));
  }
}

export function naiveModules(mongodbUri: string, brokers: string[]) {
  @Module({
    imports: [
      MongooseModule.forRoot(mongodbUri, { dbName: `${process.env.DATABASE_PREFIX}naive_producer` }),
      ClientsModule.register([
        {
          name: 'KAFKA',
          transport: Transport.KAFKA,
          options: { client: { brokers, clientId: 'naive' }, producerOnlyMode: true },
        },
      ]),
    ],
    providers: [NaiveProducer],
  })
  class NaiveProducerModule {}

  @Module({
    imports: [MongooseModule.forRoot(mongodbUri, { dbName: `${process.env.DATABASE_PREFIX}naive_consumer` })],
    controllers: [NaiveConsumer],
  })
  class NaiveConsumerModule {}

  return { NaiveProducerModule, NaiveConsumerModule };
}

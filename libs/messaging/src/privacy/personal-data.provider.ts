import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { MongoClient } from 'mongodb';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.ts';
import { LocalKeyWrapper } from './key-wrapper.ts';
import { PersonalData } from './personal-data.ts';
import { PersonalKeys } from './personal-keys.ts';

/** The service's `PersonalData`, on the key store's own database and connection. */
@Injectable()
export class PersonalDataProvider extends PersonalData implements OnApplicationShutdown {
  private readonly client: MongoClient;

  constructor(@Inject(MESSAGING_OPTIONS) { keys }: MessagingOptions) {
    const client = new MongoClient(keys.mongodbUri, { serverSelectionTimeoutMS: 10_000 });
    super(
      new PersonalKeys(() => client.db(keys.database), new LocalKeyWrapper(keys.masterKey), keys.cacheMs),
    );
    this.client = client;
  }

  async onApplicationShutdown() {
    await this.client.close();
  }
}

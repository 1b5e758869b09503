import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.ts';
import { PersonalData } from '../privacy/personal-data.ts';
import { PersonalFields } from '../privacy/personal-fields.ts';
import { Aggregate } from './aggregate.ts';
import { BulkVersions } from './bulk-versions.ts';
import { ChangeRecords } from './change-records.ts';
import { createOutboxIndexes } from './outbox.record.ts';
import { OutboxRelay } from './outbox.relay.ts';
import { OutboxWriter } from './outbox.writer.ts';
import { Versions } from './versions.ts';

/**
 * What a service injects to keep aggregates: `store.of<S>(name)` reads and writes them (`Aggregate`), as
 * insert-only versions that carry their events (the outbox, ADR 5); the relay publishes them. It wires the
 * pieces, each one job: `Versions` (one at a time) and `BulkVersions` (many), `ChangeRecords` (a decision as
 * an outbox record), `OutboxWriter` (group commit), `PersonalFields` (sealing, ADR 10), `causation.ts` (one
 * effect per consumed event).
 */
@Injectable()
export class AggregateStore implements OnModuleInit {
  private readonly personal: PersonalFields;
  private readonly versions: Versions;
  private readonly bulk: BulkVersions;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
    relay: OutboxRelay,
    personal: PersonalData,
  ) {
    const db = () => this.connection.db!;
    this.personal = new PersonalFields(options.personal, personal);
    const records = new ChangeRecords(options, this.personal);
    const writer = new OutboxWriter(db, relay);
    this.versions = new Versions(db, this.personal, records, writer);
    this.bulk = new BulkVersions(db, options.projections, this.personal, records, writer, this.versions);
  }

  async onModuleInit() {
    await createOutboxIndexes(this.connection.db!);
  }

  of<S extends object>(aggregate: string): Aggregate<S> {
    return new Aggregate<S>(aggregate, this.versions, this.bulk);
  }

  /**
   * A stored state (a version, or a projection's document) with its personal fields opened; for an erased
   * person they are null (ADR 10).
   */
  open<S>(aggregate: string, id: string, state: S): Promise<S> {
    return this.personal.open(aggregate, id, state);
  }

  /** `open` for many stored states (a projection read for a list), their keys read together. */
  openMany<S extends { _id: string }>(aggregate: string, docs: readonly S[]): Promise<S[]> {
    return this.personal.openMany(aggregate, docs);
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { EventEnvelope } from '@ikiraro/contracts';
import type { Connection } from 'mongoose';
import { type FactRow, readingOf, type Traits } from './facts.readers.ts';

/**
 * What one event gave to the logframe (`_id`: the event's id and the row's place in it, so a redelivery writes
 * nothing new): the event as the drill-down lists it, and its row. `person` and the event's subject go when the
 * person is erased; the dimensions and measures stay, so the counts do.
 */
export interface Fact extends Omit<FactRow, 'dims' | 'measures'> {
  _id: string;
  event: { id: string; type: string; occurredAt: string; subject: string | null };
  dims: Record<string, string>;
  measures: Record<string, number>;
  erased?: true;
}

export const FACTS = 'logframe_facts';
const TRAITS = 'logframe_traits';
const ERASED = 'logframe_erased';

/** The ledger of facts the indicators are computed from: written once per event, read by indicator. */
@Injectable()
export class Facts implements OnModuleInit {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  /** Facts are read by event type (an indicator's feeds) and found by whom they name (traits, erasure). */
  async onModuleInit() {
    await this.collection.createIndex({ 'event.type': 1, 'event.occurredAt': 1 });
    await this.collection.createIndex({ traitsOf: 1 });
    await this.collection.createIndex({ person: 1 });
  }

  get collection() {
    return this.connection.db!.collection<Fact>(FACTS);
  }

  private get traits() {
    return this.connection.db!.collection<{ _id: string; dims: Record<string, string> }>(TRAITS);
  }

  private get erased() {
    return this.connection.db!.collection<{ _id: string; at: string }>(ERASED);
  }

  /**
   * Records an event's facts, once. Traits and facts are each written before the other is read, so that a fact
   * and the traits it needs meet whichever of their events is handled first.
   */
  async record({ id, type, occurredAt, subject, data }: EventEnvelope<object>): Promise<void> {
    const reading = readingOf(type, data);
    if (!reading) return;
    if (reading.traits) await this.keepTraits(reading.traits);
    const erased = await this.erasedAmong(reading.rows.map((r) => r.person));
    const facts: Fact[] = reading.rows.map((row, i) => {
      const gone = row.person !== undefined && erased.has(row.person);
      return {
        _id: `${id}:${i}`,
        event: { id, type, occurredAt, subject: gone ? null : subject },
        dims: { ...row.dims },
        measures: { count: 1, ...row.measures },
        ...(row.key === undefined ? {} : { key: row.key }),
        ...(gone ? { erased: true as const } : row.person === undefined ? {} : { person: row.person }),
        ...(row.traitsOf === undefined || gone ? {} : { traitsOf: row.traitsOf }),
      };
    });
    if (facts.length === 0) return;
    await this.collection.bulkWrite(
      facts.map((fact) => ({
        updateOne: { filter: { _id: fact._id }, update: { $setOnInsert: fact }, upsert: true },
      })),
      { ordered: false },
    );
    for (const of of new Set(facts.flatMap((f) => (f.traitsOf ? [f.traitsOf] : [])))) {
      const known = await this.traits.findOne({ _id: of });
      if (known) await this.fill(of, known.dims);
    }
  }

  private async keepTraits({ of, dims }: Traits) {
    await this.traits.updateOne({ _id: of }, { $setOnInsert: { dims } }, { upsert: true });
    await this.fill(of, (await this.traits.findOne({ _id: of }))!.dims);
  }

  /** Gives the facts that name `of` the traits they lack (never changing one they carry). */
  private async fill(of: string, dims: Record<string, string>) {
    for (const [name, value] of Object.entries(dims))
      await this.collection.updateMany(
        { traitsOf: of, [`dims.${name}`]: { $exists: false } },
        { $set: { [`dims.${name}`]: value } },
      );
  }

  private async erasedAmong(people: (string | undefined)[]) {
    const named = [...new Set(people.filter((p): p is string => p !== undefined))];
    if (named.length === 0) return new Set<string>();
    const found = await this.erased.find({ _id: { $in: named } }).toArray();
    return new Set(found.map((e) => e._id));
  }

  /**
   * A person is erased: their facts keep counting, naming no one (no person, no subject), and facts of their
   * later events are recorded so. Answers how many facts were made anonymous.
   */
  async erase(person: string): Promise<number> {
    await this.erased.updateOne(
      { _id: person },
      { $setOnInsert: { at: new Date().toISOString() } },
      { upsert: true },
    );
    const { modifiedCount } = await this.collection.updateMany(
      { person },
      { $set: { 'event.subject': null, erased: true }, $unset: { person: '' } },
    );
    await this.traits.deleteOne({ _id: person });
    await this.collection.updateMany({ traitsOf: person }, { $unset: { traitsOf: '' } });
    return modifiedCount;
  }

  /** Every fact of these event types, oldest first. */
  ofTypes(types: string[]): Promise<Fact[]> {
    return this.collection
      .find({ 'event.type': { $in: types } })
      .sort({ 'event.occurredAt': 1, _id: 1 })
      .toArray();
  }
}

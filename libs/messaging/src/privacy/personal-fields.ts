import type { EventContract } from '@ikiraro/contracts';
import type { MessagingOptions } from '../messaging.options.ts';
import type { PersonalData } from './personal-data.ts';

/**
 * The personal fields of aggregates' states and of events' payloads, as the service declares them (`personal`
 * in its options, `personal` in each contract): sealed with their person's key before anything is written,
 * opened when read. Erasing a person destroys their key, so every stored version, projection and event about
 * them opens with those fields null (crypto-shredding, ADR 10), though the store is insert-only.
 */
export class PersonalFields {
  constructor(
    private readonly declared: MessagingOptions['personal'],
    private readonly personal: PersonalData,
  ) {}

  /** A state as it is stored (a version, or a projection's document), its personal fields opened. */
  async open<S>(aggregate: string, id: string, state: S): Promise<S> {
    const personal = this.declared[aggregate];
    if (!personal) return state;
    return (await this.personal.open(personal.person(state, id), state, personal.fields)).value;
  }

  /** `open` for many stored states (a projection read for a list), their keys read together. */
  async openMany<S extends { _id: string }>(aggregate: string, docs: readonly S[]): Promise<S[]> {
    const personal = this.declared[aggregate];
    if (!personal) return [...docs];
    const items = docs.map((value) => ({ person: personal.person(value, value._id), value }));
    return this.personal.openMany(items, personal.fields);
  }

  /** A state to store, its personal fields sealed. */
  seal<S>(aggregate: string, id: string, state: S): Promise<S> {
    const personal = this.declared[aggregate];
    return personal
      ? this.personal.seal(personal.person(state, id), state, personal.fields)
      : Promise.resolve(state);
  }

  /** An event's payload to publish, its personal fields sealed (a copy either way). */
  async sealEvent<T extends object>(contract: EventContract<T>, data: T): Promise<T> {
    const { personal } = contract;
    return personal ? this.personal.seal(personal.person(data), data, personal.fields) : { ...data };
  }
}

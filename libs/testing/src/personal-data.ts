import { catalogue, type EventEnvelope } from '@ikiraro/contracts';
import { LocalKeyWrapper, PersonalData, PersonalKeys } from '@ikiraro/messaging';
import { MongoClient } from 'mongodb';

/**
 * The run's key store, as a service of the test file sees it (same database, same master key): tests read and
 * write events the way an entitled service does, sealed on the wire (ADR 10).
 */
let client: MongoClient | undefined;
let personal: PersonalData | undefined;

export function testPersonalData(): PersonalData {
  if (!personal) {
    client = new MongoClient(process.env.MONGODB_URI!);
    const db = () => client!.db(`${process.env.DATABASE_PREFIX ?? 'ikiraro_'}keys`);
    const wrapper = new LocalKeyWrapper(Buffer.from(process.env.PERSONAL_DATA_KEY!, 'base64'));
    personal = new PersonalData(new PersonalKeys(db, wrapper, 0));
  }
  return personal;
}

export async function closeTestPersonalData() {
  await client?.close();
  client = personal = undefined;
}

const contractOf = (type: string, version: number) =>
  catalogue.find((c) => c.type === type && c.version === version);

/** The event as an entitled consumer reads it: personal fields opened (null once the person is erased). */
export async function openEvent(event: EventEnvelope): Promise<EventEnvelope> {
  const personal = contractOf(event.type, event.version)?.personal;
  if (!personal) return event;
  const data = event.data as object;
  return {
    ...event,
    data: (await testPersonalData().open(personal.person(data), data, personal.fields)).value,
  };
}

/** The payload as its producer would send it: personal fields sealed with the person's key. */
export async function sealData<T extends object>(contract: { type: string; version: number }, data: T) {
  const personal = contractOf(contract.type, contract.version)?.personal;
  return personal ? testPersonalData().seal(personal.person(data), data, personal.fields) : data;
}

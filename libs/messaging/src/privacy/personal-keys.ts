import { isDuplicateKey } from '@ikiraro/persistence';
import { Binary, type Db } from 'mongodb';
import { randomBytes } from 'node:crypto';
import type { KeyWrapper } from './key-wrapper.ts';

interface StoredKey {
  /** The person, e.g. `member:<id>`. */
  _id: string;
  wrapped: Binary;
  wrappedBy: string;
  createdAt: Date;
}

/** A person whose key was destroyed: kept for good, so that no later write can give them a key again. */
interface Tombstone {
  _id: string;
  erasedAt: Date;
}

/** Thrown when something would be sealed for a person who was erased: nothing may bring them back. */
export class PersonErasedError extends Error {
  constructor(readonly person: string) {
    super(`${person} was erased: nothing is stored or sent about them any more`);
  }
}

/**
 * The key store (ADR 10): one data key per person, in its own database (`<prefix>keys`), wrapped by the
 * master key of a `KeyWrapper`. Every service that seals or opens personal fields reads it; destroying a
 * person's key makes every sealed copy of their data unreadable — topics, dead letters, outbox history,
 * projections and backups alike. A key is created by insert under its person's unique `_id` (atomic on every
 * store); a tombstone is inserted before the key is deleted, and checked after a key is created, so an erasure
 * and a concurrent first write cannot leave a key behind.
 */
export class PersonalKeys {
  /** Opened keys, briefly: an erasure reaches every process within this time (ADR 10). */
  private readonly cache = new Map<string, { key: Buffer | null; until: number }>();
  /** People an erasure event named: erased here for good, whether or not their key is destroyed yet. */
  private readonly forgotten = new Set<string>();

  constructor(
    private readonly db: () => Db,
    private readonly wrapper: KeyWrapper,
    private readonly cacheMs = 30_000,
  ) {}

  private get keys() {
    return this.db().collection<StoredKey>('person_keys');
  }

  private get tombstones() {
    return this.db().collection<Tombstone>('erased_persons');
  }

  /** The person's key, created on first use; `PersonErasedError` once they were erased. */
  async keyFor(person: string): Promise<Buffer> {
    const known = await this.keyOf(person);
    if (known) return known;
    if (this.forgotten.has(person)) throw new PersonErasedError(person);
    if (await this.isErased(person)) throw new PersonErasedError(person);
    const key = randomBytes(32);
    const stored: StoredKey = {
      _id: person,
      wrapped: new Binary(await this.wrapper.wrap(key, person)),
      wrappedBy: this.wrapper.id,
      createdAt: new Date(),
    };
    try {
      await this.keys.insertOne(stored);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      this.cache.delete(person);
      const other = await this.keyOf(person); // another writer created it first
      if (!other) throw new PersonErasedError(person);
      return other;
    }
    if (await this.isErased(person)) {
      await this.keys.deleteOne({ _id: person }); // erased while we created it
      throw new PersonErasedError(person);
    }
    this.remember(person, key);
    return key;
  }

  /** The person's key, or null when there is none: erased, or nothing was ever sealed for them. */
  async keyOf(person: string): Promise<Buffer | null> {
    if (this.forgotten.has(person)) return null;
    const cached = this.cache.get(person);
    if (cached && cached.until > Date.now()) return cached.key;
    const stored = await this.keys.findOne({ _id: person });
    const key = stored ? await this.wrapper.unwrap(Buffer.from(stored.wrapped.buffer), person) : null;
    this.remember(person, key);
    return key;
  }

  /** Reads the keys of many people in one query (a staff list, an import) instead of one lookup each. */
  async warm(persons: readonly string[]): Promise<void> {
    const now = Date.now();
    const missing = [...new Set(persons)].filter((p) => !((this.cache.get(p)?.until ?? 0) > now));
    if (missing.length < 2) return;
    const found = new Map<string, StoredKey>();
    for await (const stored of this.keys.find({ _id: { $in: missing } })) found.set(stored._id, stored);
    for (const person of missing) {
      const stored = found.get(person);
      this.remember(
        person,
        stored ? await this.wrapper.unwrap(Buffer.from(stored.wrapped.buffer), person) : null,
      );
    }
  }

  async isErased(person: string): Promise<boolean> {
    return (await this.tombstones.findOne({ _id: person }, { projection: { _id: 1 } })) !== null;
  }

  /**
   * The person is erased as far as this process goes, whether or not their key is destroyed yet: an erasure
   * event came. Nothing about them is opened or sealed here from now on.
   */
  forget(person: string): void {
    if (this.forgotten.size > 100_000) this.forgotten.clear(); // the tombstones still hold
    this.forgotten.add(person);
    this.cache.delete(person);
  }

  /** Crypto-shredding: from now on nothing sealed for the person opens, anywhere. Idempotent. */
  async destroy(person: string): Promise<void> {
    await this.tombstones.insertOne({ _id: person, erasedAt: new Date() }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
    await this.keys.deleteOne({ _id: person });
    this.cache.delete(person);
  }

  private remember(person: string, key: Buffer | null) {
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(person, { key, until: Date.now() + this.cacheMs });
  }
}

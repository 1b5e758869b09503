import type { Collection, Db } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { isDuplicateKey } from './outbox.record.ts';
import { lastOf } from './last-of.ts';

/** One term of the relay lease: inserted once by the relay that claims it; only that relay updates `beat`. */
interface Term {
  _id: string;
  n: number;
  holder: string;
  beat: number;
  released?: boolean;
}

/**
 * One active relay per service, whatever the number of replicas, on any MongoDB-wire store. A relay claims
 * term n+1 by inserting it (under a unique `_id`: the one atomic step FerretDB gives) and keeps it by bumping
 * `beat` on its own term document (one writer per document, so FerretDB's read-then-write updates are safe).
 * Another relay claims the next term once it has seen the beat stand still for `ttlMs` on its own clock, or
 * the term released. The holder publishes only until `ttlMs - marginMs` after it *started* its last successful
 * beat, which is before anyone else may claim (they count from when they *saw* that beat, later): the
 * guarantee rests on clock rates, never on two machines' clocks agreeing.
 */
export class RelayLease {
  private latest?: Term;
  /** When (this process's clock) `latest` last moved: a new term or a new beat. */
  private movedAt = 0;
  private validUntil = 0;
  private lastBeatAt = 0;

  constructor(
    private readonly terms: Collection<Term>,
    readonly holder: string = uuidv7(),
    private readonly ttlMs = 5_000,
    private readonly beatMs = 1_000,
    private readonly marginMs = 1_500,
  ) {}

  static of(db: Db, ttlMs?: number): RelayLease {
    return new RelayLease(db.collection<Term>('outbox_lease'), undefined, ttlMs);
  }

  /** This relay holds the lease now (no I/O). */
  get held(): boolean {
    return Date.now() < this.validUntil;
  }

  /** Renews or claims the lease as due; true while this relay may publish. Cheap between beats. */
  async hold(): Promise<boolean> {
    const started = Date.now();
    if (this.held && started - this.lastBeatAt < this.beatMs) return true;
    await this.observe();
    const latest = this.latest;
    if (latest && latest.holder === this.holder && !latest.released) {
      await this.terms.updateOne({ _id: latest._id }, { $set: { beat: latest.beat + 1 } });
      latest.beat++;
      return this.grant(started);
    }
    this.validUntil = 0;
    if (latest && !latest.released && started - this.movedAt < this.ttlMs) return false;
    const n = (latest?.n ?? 0) + 1;
    const term: Term = { _id: termId(n), n, holder: this.holder, beat: 0 };
    try {
      await this.terms.insertOne(term);
    } catch (error) {
      if (isDuplicateKey(error)) return false; // another relay claimed it first
      throw error;
    }
    [this.latest, this.movedAt] = [term, Date.now()];
    return this.grant(started);
  }

  /** Lets another relay take over at once (a clean shutdown). */
  async release(): Promise<void> {
    if (!this.held || !this.latest) return;
    this.validUntil = 0;
    await this.terms.updateOne({ _id: this.latest._id }, { $set: { released: true } });
  }

  private grant(started: number): boolean {
    this.lastBeatAt = started;
    this.validUntil = started + this.ttlMs - this.marginMs;
    return true;
  }

  /** Brings `latest` to the newest term and its beat. Terms are contiguous from 1: one per change of holder. */
  private async observe() {
    const at = (n: number) => this.terms.findOne({ _id: termId(n) });
    const newest = await lastOf(at, this.latest?.n ?? 1, this.latest !== undefined);
    if (!newest) return;
    const moved =
      !this.latest ||
      newest.n !== this.latest.n ||
      newest.beat !== this.latest.beat ||
      Boolean(newest.released) !== Boolean(this.latest.released);
    if (moved) [this.latest, this.movedAt] = [newest, Date.now()];
  }
}

const termId = (n: number) => `term:${n}`;

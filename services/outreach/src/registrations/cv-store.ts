import { hashOf, insertOnce } from '@ikiraro/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { AggregateStore } from '@ikiraro/messaging';
import { clientAddressOf, DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { createHash, randomUUID } from 'node:crypto';
import { MEMBER, type Member } from '../members/member.ts';
import { OUTREACH_CONFIG, type OutreachEnv } from '../outreach.config.ts';
import { takeQuota, tooMany } from './quota.ts';

/** The `cvs` collection: one document per uploaded file, bytes inside (never on disk, never served publicly). */
export const CVS = 'cvs';
export interface StoredCv {
  _id: string;
  data: Buffer;
  size: number;
  sha256: string;
  createdAt: Date;
}

/**
 * What is known of each upload without its bytes, for the checks and the clean-up: FerretDB evaluates even an
 * `_id` filter by reading every row's document, so the small facts live apart from the megabytes.
 */
export const CV_UPLOADS = 'cv_uploads';
export interface CvUpload {
  _id: string;
  createdAt: Date;
}

/** A CV sent with a pending registration (`_id` = cvId:pendingId): inserted once, never updated. */
export const CV_BINDINGS = 'cv_bindings';
export interface CvBinding {
  _id: string;
  cvId: string;
  pendingId: string;
  /** Hash of the address, so that sending the same CV again is not counted again. */
  address: string;
  at: Date;
}

/** A CV a verified registration gave a member (`_id` = cvId:memberId), inserted before the member changes. */
export const CV_HOLDERS = 'cv_holders';
export interface CvHolder {
  _id: string;
  cvId: string;
  memberId: string;
  at: Date;
}

const DAY_MS = 24 * 3_600_000;
/** A CV is taken with a form only while it is this much younger than the clean-up's limit (never mid-delete). */
const BIND_MARGIN_MS = 10 * 60_000;
/** Longer than any verification takes between handing a CV over and the member showing it. */
const HAND_OVER_MS = 3_600_000;

/**
 * CVs belong to registrations. An upload counts against its client's address; the form that sends it binds it
 * to the pending registration and counts it against the e-mail address; a verified registration hands it to the
 * member. A CV that no pending registration refers to and no member holds is an orphan, deleted by `purge`.
 */
@Injectable()
export class CvStore {
  private readonly members;
  /** The client's address, believed from `x-forwarded-for` only when a trusted proxy (the gateway) sent it. */
  readonly clientAddressOf;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(OUTREACH_CONFIG) private readonly config: OutreachEnv,
    store: AggregateStore,
  ) {
    this.members = store.of<Member>(MEMBER);
    this.clientAddressOf = clientAddressOf(
      config.TRUSTED_PROXIES.split(',')
        .map((block) => block.trim())
        .filter(Boolean),
    );
  }

  private collection<T extends { _id: string }>(name: string) {
    return this.connection.db!.collection<T>(name);
  }

  private get unboundMs() {
    return this.config.CV_UNBOUND_HOURS * 3_600_000;
  }

  /** Stores an upload; 429 `cv.too_many` once the client's address has used its day's allowance. */
  async store(bytes: Buffer, client: string, now = new Date()): Promise<string> {
    const quota = { name: 'cv-upload', limit: this.config.CVS_PER_CLIENT_PER_DAY, windowMs: DAY_MS };
    if (!(await takeQuota(this.connection.db!, quota, client, now)))
      throw tooMany('cv.too_many', 'Too many CVs from this network today: try again tomorrow');
    const cvId = randomUUID();
    // The small record first: bytes without it would be invisible to the clean-up.
    await this.collection<CvUpload>(CV_UPLOADS).insertOne({ _id: cvId, createdAt: now });
    await this.collection<StoredCv>(CVS).insertOne({
      _id: cvId,
      data: bytes,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      createdAt: now,
    });
    return cvId;
  }

  /**
   * Binds an uploaded CV to the pending registration about to be stored. 400 `cv.not_found` for a CV never
   * uploaded or about to be cleaned up; 429 `cv.too_many` once the address has sent its day's CVs.
   */
  async bind(cvId: string, email: string, pendingId: string, now = new Date()): Promise<void> {
    const upload = await this.collection<CvUpload>(CV_UPLOADS).findOne({ _id: cvId });
    if (!upload || upload.createdAt.getTime() <= now.getTime() - this.unboundMs + BIND_MARGIN_MS)
      throw new DomainError('cv.not_found', 'invalid', 'No such CV: upload it again');
    const address = hashOf(`cv:${email}`);
    const bindings = this.collection<CvBinding>(CV_BINDINGS);
    const again = (await bindings.find({ cvId }).toArray()).some((b) => b.address === address);
    const quota = { name: 'cv-address', limit: this.config.CVS_PER_ADDRESS_PER_DAY, windowMs: DAY_MS };
    if (!again && !(await takeQuota(this.connection.db!, quota, email, now)))
      throw tooMany('cv.too_many', 'Too many CVs sent for this address today: try again tomorrow');
    await insertOnce(bindings, { _id: `${cvId}:${pendingId}`, cvId, pendingId, address, at: now });
  }

  /** Records that a member is given the CV; written before the member changes, so the clean-up spares it. */
  async handOver(cvId: string, memberId: string, now = new Date()): Promise<void> {
    await insertOnce(this.collection<CvHolder>(CV_HOLDERS), {
      _id: `${cvId}:${memberId}`,
      cvId,
      memberId,
      at: now,
    });
  }

  /**
   * Deletes orphaned CVs: those older than `CV_UNBOUND_HOURS` (no form can bind them any more, see `bind`) that
   * no live pending registration refers to and no member holds (never sent, registration expired unverified,
   * replaced, erased). Only deletes, each of something that stays an orphan: two replicas running it at once do
   * the same twice. Reads the uploads and bindings whole (a range filter reads them whole on FerretDB anyway).
   */
  async purge(isPending: (pendingId: string) => Promise<boolean>, now = new Date()): Promise<number> {
    const limit = now.getTime() - this.unboundMs;
    const [uploads, bindings] = await Promise.all([
      this.collection<CvUpload>(CV_UPLOADS).find({}).toArray(),
      this.collection<CvBinding>(CV_BINDINGS).find({}).toArray(),
    ]);
    const pendingOf = new Map<string, string[]>();
    for (const b of bindings) pendingOf.set(b.cvId, [...(pendingOf.get(b.cvId) ?? []), b.pendingId]);
    let deleted = 0;
    for (const upload of uploads) {
      if (upload.createdAt.getTime() > limit) continue;
      if (await this.stillWanted(upload._id, pendingOf.get(upload._id) ?? [], isPending, now)) continue;
      await this.collection(CVS).deleteOne({ _id: upload._id });
      // The small records last: a purge cut short finds the CV again next time.
      await this.collection(CV_BINDINGS).deleteMany({ cvId: upload._id });
      await this.collection(CV_HOLDERS).deleteMany({ cvId: upload._id });
      await this.collection(CV_UPLOADS).deleteOne({ _id: upload._id });
      deleted++;
    }
    return deleted;
  }

  /** A registration may still be verified with it, or a member holds it (or is being given it right now). */
  private async stillWanted(
    cvId: string,
    pendingIds: string[],
    isPending: (pendingId: string) => Promise<boolean>,
    now: Date,
  ): Promise<boolean> {
    for (const pendingId of pendingIds) if (await isPending(pendingId)) return true;
    // Read now, not with the uploads: a verification may have handed it over meanwhile. A hand-over is written
    // before the member changes, so a recent one counts even when the member does not show the CV yet.
    const holders = await this.collection<CvHolder>(CV_HOLDERS).find({ cvId }).toArray();
    for (const holder of holders) {
      if (holder.at.getTime() > now.getTime() - HAND_OVER_MS) return true;
      if ((await this.members.load(holder.memberId))?.state.cvId === cvId) return true;
    }
    return false;
  }
}

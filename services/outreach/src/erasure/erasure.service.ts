import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ERASURE_RECEIPTS, memberPerson, MemberErased, type ERASURE_REASONS } from '@ikiraro/contracts';
import { AggregateStore, event, PersonalData, type Versioned } from '@ikiraro/messaging';
import { insertOnce } from '@ikiraro/persistence';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { MEMBER, MEMBER_EMAILS, type Member, normaliseEmail } from '../members/member.ts';
import { CV_BINDINGS, CV_HOLDERS, CV_UPLOADS } from '../registrations/cv-store.ts';
import { PENDING_REGISTRATIONS } from '../registrations/registrations.service.ts';
import {
  CVS,
  ERASED_EMAILS,
  erasedEmailKey,
  erasedStateOf,
  type StoredMember,
} from '../self-service/erasure.ts';
import { MemberTokens } from '../self-service/member-tokens.ts';

/** Who asked for an erasure and why; kept with the certificate. */
export interface ErasureRequest {
  reason: (typeof ERASURE_REASONS)[number];
  /** Staff's account, or the member themself (withdrawal through their link). */
  by: { id: string; role: string };
  /** Staff's note on the request (how it reached them), never about the person's data. */
  note?: string;
}

/** One erasure (`erasures`, `_id` = member id): inserted once, before anything is erased. */
export interface ErasureRecord extends ErasureRequest {
  _id: string;
  /** Unguessable: the person's link to their certificate, which names nothing but this id. */
  certificateId: string;
  requestedAt: string;
  /** The services expected to answer with a receipt, outreach included. */
  holders: string[];
}

/** A holder's receipt (`erasure_receipts`, `_id` = `<member id>:<service>`). */
export interface ErasureReceipt {
  _id: string;
  memberId: string;
  service: string;
  removed: string[];
  erasedAt: string;
}

export const ERASURES = 'erasures';
export const ERASURE_RECEIPTS_COLLECTION = 'erasure_receipts';
export const holders = ['outreach', ...ERASURE_RECEIPTS.map((c) => c.producer)];

/**
 * Erasure of one person, whoever asks (ADR 10). In an order that a crash anywhere leaves resumable by asking
 * again: the request is recorded; the member's erasing version is written with `MemberErased`; what lives beside
 * the aggregate goes (CV, e-mail key, pending forms, tokens); last the person's key is destroyed, which makes
 * every sealed copy of their data unreadable: outbox history, projections, Kafka topics, dead letters, backups.
 */
@Injectable()
export class ErasureService {
  private readonly members;

  constructor(
    private readonly store: AggregateStore,
    private readonly personal: PersonalData,
    private readonly tokens: MemberTokens,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.members = store.of<StoredMember>(MEMBER);
  }

  private collection<T extends { _id: string }>(name: string) {
    return this.connection.db!.collection<T>(name);
  }

  async erase(memberId: string, request: ErasureRequest): Promise<ErasureRecord> {
    const found = await this.members.load(memberId);
    if (!found) throw new DomainError('member.not_found', 'not_found', `No member ${memberId}`);
    const record: ErasureRecord = {
      _id: memberId,
      certificateId: randomUUID(),
      requestedAt: new Date().toISOString(),
      holders,
      ...request,
    };
    const erasures = this.collection<ErasureRecord>(ERASURES);
    const erasure = (await insertOnce(erasures, record))
      ? record
      : (await erasures.findOne({ _id: memberId }))!;

    let before: Member | null = found.state.status === 'erased' ? await this.stateBefore(found) : found.state;
    if (found.state.status !== 'erased') {
      await this.members.update(memberId, ({ state }) => {
        if (state.status !== 'erased') before = state;
        return {
          state: erasedStateOf(state),
          events: [event(MemberErased, { memberId, reason: erasure.reason })],
        };
      });
    }
    const removed = ['registration and profile', 'consent records'];
    if (before) {
      const { cvId, email } = before;
      if (cvId) {
        if ((await this.collection(CVS).deleteOne({ _id: cvId })).deletedCount) removed.push('CV');
        await this.collection(CV_UPLOADS).deleteOne({ _id: cvId });
        await this.collection(CV_BINDINGS).deleteMany({ cvId });
        await this.collection(CV_HOLDERS).deleteMany({ cvId });
      }
      // Only this member's key: the address may already be someone's afresh.
      await this.collection(MEMBER_EMAILS).deleteOne({ _id: normaliseEmail(email), memberId });
      await this.collection(PENDING_REGISTRATIONS).deleteMany({ email: normaliseEmail(email) });
      await insertOnce(this.collection(ERASED_EMAILS), { _id: erasedEmailKey(email) });
      removed.push('e-mail address');
    }
    await this.tokens.revokeAll(memberId);
    await this.personal.erase(memberPerson(memberId));
    await insertOnce(this.collection<ErasureReceipt>(ERASURE_RECEIPTS_COLLECTION), {
      _id: `${memberId}:outreach`,
      memberId,
      service: 'outreach',
      removed,
      erasedAt: new Date().toISOString(),
    });
    return erasure;
  }

  /** The member's data in the version before erasure, while their key still opens it (an erasure to finish). */
  private async stateBefore(erased: Versioned<StoredMember>): Promise<Member | null> {
    const record = await this.collection<{ _id: string; state: StoredMember }>('outbox').findOne({
      _id: `${MEMBER}:${erased.id}:${erased.version - 1}`,
    });
    if (!record || record.state.status === 'erased') return null;
    const member = (await this.store.open(MEMBER, erased.id, record.state)) as Member;
    return member.email === null ? null : member; // null: the key is gone already
  }

  /** A holder's receipt; a redelivered one changes nothing. */
  async receive(receipt: Omit<ErasureReceipt, '_id'>): Promise<void> {
    await insertOnce(this.collection<ErasureReceipt>(ERASURE_RECEIPTS_COLLECTION), {
      _id: `${receipt.memberId}:${receipt.service}`,
      ...receipt,
    });
  }

  /** The certificate: who confirmed what and when, who has not yet; nothing about the person. */
  async certificate(query: { memberId: string } | { certificateId: string }) {
    const erasure = await this.collection<ErasureRecord>(ERASURES).findOne(
      'memberId' in query ? { _id: query.memberId } : { certificateId: query.certificateId },
    );
    if (!erasure)
      throw new DomainError('erasure.not_found', 'not_found', 'No erasure certificate with this id');
    const receipts = await this.collection<ErasureReceipt>(ERASURE_RECEIPTS_COLLECTION)
      .find({ memberId: erasure._id })
      .toArray();
    const confirmations = erasure.holders.map((service) => {
      const receipt = receipts.find((r) => r.service === service);
      return receipt
        ? { service, status: 'confirmed' as const, removed: receipt.removed, erasedAt: receipt.erasedAt }
        : { service, status: 'waiting' as const, removed: [], erasedAt: null };
    });
    return {
      certificateId: erasure.certificateId,
      reason: erasure.reason,
      requestedAt: erasure.requestedAt,
      complete: confirmations.every((c) => c.status === 'confirmed'),
      confirmations,
    };
  }

  /** Staff's view adds who asked, and their note. */
  async staffCertificate(memberId: string) {
    const certificate = await this.certificate({ memberId });
    const erasure = (await this.collection<ErasureRecord>(ERASURES).findOne({ _id: memberId }))!;
    return { memberId, ...certificate, requestedBy: erasure.by, note: erasure.note ?? null };
  }
}

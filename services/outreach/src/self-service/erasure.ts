import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import { type Member, normaliseEmail } from '../members/member.ts';

/** What remains of a member who withdrew consent: enough for the campaign figures, nothing about the person. */
export type ErasedMember = Pick<Member, 'campaignId' | 'channel' | 'office' | 'createdAt'> & {
  status: 'erased';
};
/** A member aggregate's state as stored: a member, or what erasure left of one. */
export type StoredMember = Member | ErasedMember;

export const erasedStateOf = (member: StoredMember): ErasedMember => ({
  status: 'erased',
  campaignId: member.campaignId,
  channel: member.channel,
  office: member.office,
  createdAt: member.createdAt,
});

/** The CVs registrants uploaded (`_id` = the member's `cvId`). */
export const CVS = 'cvs';

/**
 * Hashes of the addresses of people who withdrew consent (`_id` = `erasedEmailKey`): an imported mapping list
 * must not bring their data back. A hash, not the address: it can only confirm an address one already has.
 */
export const ERASED_EMAILS = 'erased_emails';
export const erasedEmailKey = (email: string) =>
  createHash('sha256')
    .update(`ikiraro:erased:${normaliseEmail(email)}`)
    .digest('base64url');

/**
 * Erasure must reach the outbox history too: every earlier version of the member still holds its state (name,
 * e-mail, phone…) and its events. They cannot be deleted — the store finds an aggregate's latest version by
 * walking its versions from 1 (AggregateStore.latest), so a member without version 1 would vanish and could be
 * created again under the same id — so each earlier version is redacted in place instead: its state becomes the
 * erased state, and, once published (its pending mark gone), its events are emptied. A version not yet published
 * keeps its events, which carry profile facts only, never names or contact data: the relay still has to send
 * them, and consumers erase on `MemberErased`, which follows them on the same partition.
 * Writing to these records is safe: after its insert, nobody writes an outbox record (the relay only reads
 * them), so this is their single writer. The collections are the outbox's (libs/messaging outbox.record.ts).
 */
export async function redactHistory(db: Db, memberId: string, erasedVersion: number, state: ErasedMember) {
  const outbox = db.collection<{ _id: string; mark: string }>('outbox');
  const pending = db.collection<{ _id: string }>('outbox_pending');
  for (let version = 1; version < erasedVersion; version++) {
    const _id = `member:${memberId}:${version}`;
    const record = await outbox.findOne({ _id }, { projection: { mark: 1 } });
    if (!record) continue;
    const unpublished = await pending.findOne({ _id: record.mark }, { projection: { _id: 1 } });
    await outbox.updateOne({ _id }, { $set: { state, ...(unpublished ? {} : { events: [] }) } });
  }
}

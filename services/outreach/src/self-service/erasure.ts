import { createHash } from 'node:crypto';
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

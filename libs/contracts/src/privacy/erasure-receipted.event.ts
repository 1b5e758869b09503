import { ArrayMaxSize, IsArray, IsISO8601, IsString, Length } from 'class-validator';
import { defineEvent, type EventContract } from '../event-contract.ts';

/** A holder's answer to `outreach.member.erased`: what it removed, so staff can show an erasure certificate. */
export class ErasureReceiptedV1 {
  /** The erased member (also the event's subject). */
  @IsString()
  @Length(1, 64)
  memberId!: string;

  /** What the service removed or made unreadable, in words staff can show, e.g. `2 applications`. */
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  removed!: string[];

  /** When it finished, ISO-8601 UTC. */
  @IsISO8601({ strict: true })
  erasedAt!: string;
}

const erasureReceipted = (service: string): EventContract<ErasureReceiptedV1> =>
  defineEvent({
    type: `${service}.erasure.receipted`,
    version: 1,
    payload: ErasureReceiptedV1,
    description: `${service} erased what it held about a member (its receipt for the erasure certificate).`,
  });

export const SelectionErasureReceipted = erasureReceipted('selection');

/** Every receipt outreach waits for before an erasure certificate is complete: one per holder of member data. */
export const ERASURE_RECEIPTS: readonly EventContract<ErasureReceiptedV1>[] = [SelectionErasureReceipted];

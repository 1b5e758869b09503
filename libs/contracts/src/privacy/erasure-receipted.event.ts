import { IsISO8601 } from 'class-validator';
import { defineEvent, type EventContract } from '../event-contract.ts';
import { IsId, IsTexts } from '../field-rules.ts';

/** A holder's answer to `outreach.member.erased`: what it removed, so staff can show an erasure certificate. */
export class ErasureReceiptedV1 {
  /** The erased member (also the event's subject). */
  @IsId()
  memberId!: string;

  /** What the service removed or made unreadable, in words staff can show, e.g. `2 applications`. */
  @IsTexts(20, 200)
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
export const NotificationsErasureReceipted = erasureReceipted('notifications');
export const PlacementErasureReceipted = erasureReceipted('placement');
export const TrainingErasureReceipted = erasureReceipted('training');
export const FundingErasureReceipted = erasureReceipted('funding');
export const ReportingErasureReceipted = erasureReceipted('reporting');

/** Every receipt outreach waits for before an erasure certificate is complete: one per holder of member data. */
export const ERASURE_RECEIPTS: readonly EventContract<ErasureReceiptedV1>[] = [
  SelectionErasureReceipted,
  NotificationsErasureReceipted,
  PlacementErasureReceipted,
  TrainingErasureReceipted,
  FundingErasureReceipted,
  ReportingErasureReceipted,
];

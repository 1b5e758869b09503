import { IsIn } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId } from '../field-rules.ts';
import { memberPerson } from '../personal.ts';

export const ERASURE_REASONS = ['consent-withdrawn', 'request'] as const;

/** Deliberately nothing but the id: the event outlives the data it asks everyone to erase. */
export class MemberErasedV1 {
  /** The erased member's id (also the event's subject); every holder deletes what it keeps under it. */
  @IsId()
  memberId!: string;

  /** Why: the member withdrew consent, or asked for erasure. */
  @IsIn(ERASURE_REASONS)
  reason!: (typeof ERASURE_REASONS)[number];
}

export const MemberErased = defineEvent({
  type: 'outreach.member.erased',
  version: 1,
  payload: MemberErasedV1,
  description:
    "A member's personal data was erased in outreach; every service that holds data about them erases it too, " +
    'keeping only anonymous counts.',
  erases: (d) => memberPerson(d.memberId),
});

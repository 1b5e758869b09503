import { IsISO8601, Length } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsNestedOf } from '../field-rules.ts';
import { memberPerson } from '../personal.ts';
import { Period } from '../selection/tor-terms.ts';
import { PlacementRef } from './placement-ref.ts';

export class PlacementOfferedV1 extends PlacementRef {
  /** The placement period agreed at selection. */
  @IsNestedOf(() => Period)
  period!: Period;

  /** When the offer expires unanswered (ISO 8601). */
  @IsISO8601({ strict: true })
  respondBy!: string;

  /** The signed token of the offer's link, by which the professional accepts or declines without an account. */
  @Length(20, 300)
  offerToken!: string;
}

export const PlacementOffered = defineEvent({
  type: 'placement.placement.offered',
  version: 1,
  payload: PlacementOfferedV1,
  description:
    'A selected professional was offered the placement: notifications mails them the link to accept or decline.',
  personal: {
    person: (d) => memberPerson(d.memberId),
    fields: ['offerToken'],
    readers: ['notifications'],
  },
});

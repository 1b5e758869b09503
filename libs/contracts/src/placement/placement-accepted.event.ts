import { IsEmail, MaxLength } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsNestedOf, IsText } from '../field-rules.ts';
import { memberPerson } from '../personal.ts';
import { Period } from '../selection/tor-terms.ts';
import { PlacementRef } from './placement-ref.ts';

export class PlacementAcceptedV1 extends PlacementRef {
  @IsNestedOf(() => Period)
  period!: Period;

  /** The professional's address: the gateway invites them to the staff portal as a trainer of the IPRC. */
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** Their full name, for the account. */
  @IsText(200)
  name!: string;
}

export const PlacementAccepted = defineEvent({
  type: 'placement.placement.accepted',
  version: 1,
  payload: PlacementAcceptedV1,
  description:
    'The professional accepted the offer: logistics begin, and the gateway gives them a trainer account for the IPRC.',
  personal: {
    person: (d) => memberPerson(d.memberId),
    fields: ['email', 'name'],
    readers: ['gateway', 'training', 'funding'],
  },
});

import { IsIn } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId } from '../field-rules.ts';
import { REGISTRATION_CHANNELS } from './member-registered.event.ts';

export class MemberReturnedV1 {
  /** The member's id (also the event's subject). */
  @IsId()
  memberId!: string;

  /** The campaign the member came back through: another than the one they first registered through. */
  @IsId()
  campaignId!: string;

  /** How the member reached that campaign's form this time. */
  @IsIn(REGISTRATION_CHANNELS)
  channel!: (typeof REGISTRATION_CHANNELS)[number];
}

export const MemberReturned = defineEvent({
  type: 'outreach.member.returned',
  version: 1,
  payload: MemberReturnedV1,
  description:
    'A registered member registered again, through another campaign than their first, and verified their ' +
    'e-mail address: that campaign reached them too. They stay the same member, followed by the same office.',
});

import { defineEvent } from '../event-contract.ts';
import { IsId, IsNestedOf } from '../field-rules.ts';
import { memberPerson } from '../personal.ts';
import { MemberFacts, MemberProfile } from './member-profile.ts';

/** Version 1, published before members could state their availability. Still read from the topic's history. */
export class MemberProfileUpdatedV1 {
  /** The member's id (also the event's subject). */
  @IsId()
  memberId!: string;

  /** The profile facts as they are now, in full (not a diff), so that a consumer simply replaces its copy. */
  @IsNestedOf(() => MemberProfile)
  profile!: MemberProfile;
}

/** The profile facts and availability as they are now. */
export class MemberProfileUpdatedV2 extends MemberFacts {}

export const MemberProfileUpdatedV1Contract = defineEvent({
  type: 'outreach.member.profile-updated',
  version: 1,
  payload: MemberProfileUpdatedV1,
  description: 'A member changed the profile facts that selection screens and matches on.',
  personal: { person: (d) => memberPerson(d.memberId), fields: ['profile'], readers: ['selection'] },
});

export const MemberProfileUpdated = defineEvent({
  type: 'outreach.member.profile-updated',
  version: 2,
  payload: MemberProfileUpdatedV2,
  description:
    'A member changed the profile facts that selection screens and matches on, or their availability.',
  personal: {
    person: (d) => memberPerson(d.memberId),
    fields: ['profile', 'availability'],
    readers: ['selection'],
  },
  previous: {
    contract: MemberProfileUpdatedV1Contract,
    // A v1 event said nothing about availability, which v2 reads as "not stated": the same empty list that a
    // member who leaves the field blank produces.
    upcast: (v1: MemberProfileUpdatedV1) => ({
      memberId: v1.memberId,
      profile: v1.profile,
      availability: [],
    }),
  },
});

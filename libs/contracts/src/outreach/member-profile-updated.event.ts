import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { memberPerson } from '../personal.ts';
import { AvailabilityWindow, MemberProfile } from './member-profile.ts';

/** Version 1, published before members could state their availability. Still read from the topic's history. */
export class MemberProfileUpdatedV1 {
  /** The member's id (also the event's subject). */
  @IsString()
  @Length(1, 64)
  memberId!: string;

  /** The profile facts as they are now, in full (not a diff), so that a consumer simply replaces its copy. */
  @ValidateNested()
  @Type(() => MemberProfile)
  profile!: MemberProfile;
}

export class MemberProfileUpdatedV2 {
  /** The member's id (also the event's subject). */
  @IsString()
  @Length(1, 64)
  memberId!: string;

  /** The profile facts as they are now, in full (not a diff), so that a consumer simply replaces its copy. */
  @ValidateNested()
  @Type(() => MemberProfile)
  profile!: MemberProfile;

  /** When the member could travel to Rwanda, in full; empty when they did not say. */
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindow)
  availability!: AvailabilityWindow[];
}

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

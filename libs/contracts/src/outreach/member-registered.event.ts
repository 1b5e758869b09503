import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { memberPerson } from '../personal.ts';
import { AvailabilityWindow, MemberProfile } from './member-profile.ts';

/** A campaign's channels: each has its own shareable link, so every registration knows where it came from. */
export const CAMPAIGN_CHANNELS = [
  'event',
  'email',
  'social-media',
  'diaspora-association',
  'embassy',
] as const;

/** How the registrant reached us: a campaign channel's link, or an imported diaspora-mapping list. */
export const REGISTRATION_CHANNELS = [...CAMPAIGN_CHANNELS, 'mapping-import'] as const;

export class MemberRegisteredV1 {
  /** The member's id (also the event's subject). */
  @IsString()
  @Length(1, 64)
  memberId!: string;

  /** The campaign the member registered through. */
  @IsString()
  @Length(1, 64)
  campaignId!: string;

  /** How the member reached the registration form. */
  @IsIn(REGISTRATION_CHANNELS)
  channel!: (typeof REGISTRATION_CHANNELS)[number];

  /** The IOM office that follows this member (the campaign's office). */
  @IsProgrammeCode('officesAbroad')
  office!: ProgrammeCode;

  /** What selection screens and matches on; no contact or identity data. */
  @ValidateNested()
  @Type(() => MemberProfile)
  profile!: MemberProfile;

  /** When the member could travel to Rwanda; empty when they did not say. */
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindow)
  availability!: AvailabilityWindow[];
}

export const MemberRegistered = defineEvent({
  type: 'outreach.member.registered',
  version: 1,
  payload: MemberRegisteredV1,
  description:
    'A person verified their e-mail address and so became a registered member, with consent recorded.',
  personal: {
    person: (d) => memberPerson(d.memberId),
    fields: ['profile', 'availability'],
    // reporting counts registrations (office, campaign, channel; gender for the balance figures)
    readers: ['selection', 'reporting'],
  },
});

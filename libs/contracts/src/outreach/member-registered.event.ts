import { IsIn } from 'class-validator';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId } from '../field-rules.ts';
import { memberPerson } from '../personal.ts';
import { MemberFacts } from './member-profile.ts';

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

export class MemberRegisteredV1 extends MemberFacts {
  /** The campaign the member registered through. */
  @IsId()
  campaignId!: string;

  /** How the member reached the registration form. */
  @IsIn(REGISTRATION_CHANNELS)
  channel!: (typeof REGISTRATION_CHANNELS)[number];

  /** The IOM office that follows this member (the campaign's office). */
  @IsProgrammeCode('officesAbroad')
  office!: ProgrammeCode;
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

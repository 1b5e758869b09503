import { IsBoolean, IsEmail, IsOptional, MaxLength } from 'class-validator';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsText, IsTexts } from '../field-rules.ts';
import { memberPerson } from '../personal.ts';

/**
 * How to reach a member, for the services that write to them: the address they verified, the name to greet them
 * by, their language, whether and about which subjects they agreed to hear of new opportunities, and whether they
 * agreed to mentor a pilot. Published when a member registers and each time one of these changes, so that no
 * service ever asks outreach.
 */
export class MemberContactUpdatedV1 {
  /** The member's id (also the event's subject). */
  @IsId()
  memberId!: string;

  /** The verified e-mail address. */
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** The first name, to greet them by. */
  @IsText(100)
  firstName!: string;

  /** The family name, for the account a placement opens (absent from events published before it was added). */
  @IsOptional()
  @IsText(100)
  lastName?: string;

  /** Language of the messages they get, one of the public pages' languages. */
  @IsProgrammeCode('publicLanguages')
  locale!: ProgrammeCode;

  /** Whether they consented to hear about future opportunities (new ToRs in their subjects). */
  @IsBoolean()
  opportunities!: boolean;

  /** The subjects they could teach, as they named them: a new ToR in one of them is an opportunity for them. */
  @IsTexts(20, 200)
  subjects!: string[];

  /**
   * Whether they consented to mentor a pilot project of TVET trainees (funding suggests them as a pilot's
   * mentor). Absent from events published before it was added: read it as `false`.
   */
  @IsOptional()
  @IsBoolean()
  mentoring?: boolean;
}

export const MemberContactUpdated = defineEvent({
  type: 'outreach.member.contact-updated',
  version: 1,
  payload: MemberContactUpdatedV1,
  description:
    "A member's address, name, language, consent to hear about opportunities or consent to mentor a pilot is " +
    'new or changed: what notifications needs to write to them, and funding to suggest them as a mentor.',
  personal: {
    person: (d) => memberPerson(d.memberId),
    fields: ['email', 'firstName', 'lastName', 'subjects'],
    // placement: the name and address of a selected professional, for their offer and their trainer account;
    // funding: the contact of members who consented to mentoring, to suggest them as a funded pilot's mentor
    readers: ['notifications', 'placement', 'funding'],
  },
});

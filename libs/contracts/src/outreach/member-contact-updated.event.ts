import { IsBoolean, IsEmail, IsOptional, MaxLength } from 'class-validator';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsText, IsTexts } from '../field-rules.ts';
import { memberPerson } from '../personal.ts';

/**
 * How to reach a member, for notifications only: the address they verified, the name to greet them by, their
 * language, and whether and about which subjects they agreed to hear of new opportunities. Published when a
 * member registers and each time one of these changes, so that notifications never asks outreach.
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
}

export const MemberContactUpdated = defineEvent({
  type: 'outreach.member.contact-updated',
  version: 1,
  payload: MemberContactUpdatedV1,
  description:
    "A member's address, name, language or consent to hear about opportunities is new or changed: what " +
    'notifications needs to write to them.',
  personal: {
    person: (d) => memberPerson(d.memberId),
    fields: ['email', 'firstName', 'lastName', 'subjects'],
    // placement: the name and address of a selected professional, for their offer and their trainer account
    readers: ['notifications', 'placement'],
  },
});

import { IsEmail, IsIn, IsISO8601, IsOptional, Length, MaxLength } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsText } from '../field-rules.ts';
import { memberPerson, traineePerson } from '../personal.ts';
import type { IprcCode } from '../selection/tor-terms.ts';

export class InvitationIssuedV1 {
  /** The invitation's id (also the event's subject). */
  @IsId()
  invitationId!: string;

  @IsId()
  callId!: string;

  @IsText(200)
  callTitle!: string;

  @IsISO8601({ strict: true })
  deadline!: string;

  @IsId()
  totId!: string;

  @IsProgrammeCode('institutions')
  iprc!: IprcCode;

  /** A trainee of the ToT, or its trainer (the team's mentor). */
  @IsIn(['trainee', 'trainer'])
  role!: 'trainee' | 'trainer';

  /** The trainee's id, or the trainer's member id. */
  @IsId()
  personId!: string;

  @IsText(200)
  name!: string;

  /** Where the invitation goes; absent when the trainee gave no address (their trainer hands the link out). */
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  /** The signed token of the invitation's link, by which the team drafts and submits from a phone. */
  @Length(20, 300)
  token!: string;
}

export const InvitationIssued = defineEvent({
  type: 'funding.call.invitation-issued',
  version: 1,
  payload: InvitationIssuedV1,
  description:
    'A trainee of a finished ToT, or its trainer, is invited to a call: notifications mails them the link of their team.',
  personal: {
    person: (d) => (d.role === 'trainer' ? memberPerson(d.personId) : traineePerson(d.personId)),
    fields: ['name', 'email', 'token'],
    readers: ['notifications'],
  },
});

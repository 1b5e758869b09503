import { IsEmail, Length, MaxLength } from 'class-validator';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsText } from '../field-rules.ts';
import { investorPerson } from '../personal.ts';

/** An investor's contact: their organisation, their name, their address and language. */
export class InvestorContact {
  /** The investor's id (also the event's subject). */
  @IsId()
  investorId!: string;

  @IsText(200)
  organisation!: string;

  /** The contact person's name. */
  @IsText(200)
  name!: string;

  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsProgrammeCode('publicLanguages')
  locale!: ProgrammeCode;
}

export class InvestorSignedUpV1 extends InvestorContact {
  /** The signed token of the verification link. */
  @Length(20, 300)
  verifyToken!: string;
}

export const InvestorSignedUp = defineEvent({
  type: 'funding.investor.signed-up',
  version: 1,
  payload: InvestorSignedUpV1,
  description:
    'Someone signed up as an investor: notifications mails them the link that verifies their address.',
  personal: {
    person: (d) => investorPerson(d.investorId),
    fields: ['name', 'email', 'verifyToken'],
    readers: ['notifications'],
  },
});

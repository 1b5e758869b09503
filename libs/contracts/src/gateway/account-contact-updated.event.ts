import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsId, IsText, IsTexts } from '../field-rules.ts';
import { accountPerson } from '../personal.ts';
import type { IprcCode } from '../selection/tor-terms.ts';

/** How to reach a staff account (a reviewer, a focal point…), for notifications only. */
export class AccountContactUpdatedV1 {
  /** The account's id (also the event's subject). */
  @IsId()
  accountId!: string;

  /** The account's e-mail address. */
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** The name to greet them by. */
  @IsText(200)
  name!: string;

  /**
   * The staff roles it holds (libs/auth), none while it is disabled: who receives a role's digest. Absent from
   * events sent before roles were: no role.
   */
  @IsOptional()
  @IsTexts(20, 40)
  roles?: string[];

  /** An IPRC focal point's IPRC. */
  @IsOptional()
  @IsProgrammeCode('institutions')
  iprc?: IprcCode;
}

export const AccountContactUpdated = defineEvent({
  type: 'gateway.account.contact-updated',
  version: 1,
  payload: AccountContactUpdatedV1,
  description:
    'A staff account was created, or its address, name, roles, IPRC or status changed: what notifications needs ' +
    'to write to it, and which digests it receives.',
  personal: {
    person: (d) => accountPerson(d.accountId),
    fields: ['email', 'name'],
    readers: ['notifications'],
  },
});

import { defineEvent } from '../event-contract.ts';
import { IsNestedOf } from '../field-rules.ts';
import { investorPerson } from '../personal.ts';
import { InvestorInterests } from './investor-interests.ts';
import { InvestorContact } from './investor-signed-up.event.ts';

export class InvestorVerifiedV1 extends InvestorContact {
  @IsNestedOf(() => InvestorInterests)
  interests!: InvestorInterests;
}

export const InvestorVerified = defineEvent({
  type: 'funding.investor.verified',
  version: 1,
  payload: InvestorVerifiedV1,
  description:
    'An investor verified their address and consented: the gateway invites them to an investor account; notifications may write to them.',
  personal: {
    person: (d) => investorPerson(d.investorId),
    fields: ['name', 'email'],
    readers: ['gateway', 'notifications'],
  },
});

import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { type EventEnvelope, InvestorVerified, type InvestorVerifiedV1 } from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { AccountsService } from '../identity/accounts.service.ts';
import { IdentityService } from '../identity/identity.service.ts';

/** An investor who verified their address (funding) gets an account with the investor role. */
@Controller()
export class InvestorsConsumer {
  constructor(
    private readonly accounts: AccountsService,
    private readonly identity: IdentityService,
  ) {}

  /**
   * A new address is invited (one mail); an existing account gets the investor role as well. Redelivered, the
   * account exists by then (with the role), so no second account and no second mail: the invitation goes at
   * most once (if the handler stops between creating the account and mailing, an admin resends it). Two events
   * racing for one address: the loser's create is refused as a duplicate e-mail, and its retry takes the
   * existing-account path.
   */
  @OnEvent(InvestorVerified)
  async onVerified(@Payload() { data }: EventEnvelope<InvestorVerifiedV1>) {
    const existing = await this.accounts.byEmail(data.email);
    if (!existing) {
      await this.identity.invite({ email: data.email, name: data.name, roles: ['investor'] });
      return;
    }
    if (existing.state.roles.includes('investor')) return;
    // Made inside the handler: a redelivery of this event does not apply it twice (the store's causation).
    await this.accounts.update(existing.id, (account) => ({
      ...account,
      roles: account.roles.includes('investor') ? account.roles : [...account.roles, 'investor'],
    }));
  }
}

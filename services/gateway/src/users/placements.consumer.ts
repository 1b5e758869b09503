import { Controller, Logger } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { type EventEnvelope, PlacementAccepted, type PlacementAcceptedV1 } from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import type { Account } from '../identity/account.ts';
import { AccountsService } from '../identity/accounts.service.ts';
import { IdentityService } from '../identity/identity.service.ts';

/** A professional who accepted a placement gets a staff-portal account as a trainer of the host IPRC. */
@Controller()
export class PlacementsConsumer {
  private readonly logger = new Logger('Placements');

  constructor(
    private readonly accounts: AccountsService,
    private readonly identity: IdentityService,
  ) {}

  /**
   * A new address is invited (one mail); an existing account becomes a trainer as well. Redelivered, the account
   * exists by then, so no second account and no second mail: the invitation goes at most once (if the handler
   * stops between creating the account and mailing, an admin resends it). Two events racing for one new address:
   * the loser's create is refused as a duplicate e-mail, and its retry takes the existing-account path.
   */
  @OnEvent(PlacementAccepted)
  async onAccepted(@Payload() { data }: EventEnvelope<PlacementAcceptedV1>) {
    const existing = await this.accounts.byEmail(data.email);
    if (!existing) {
      await this.identity.invite({
        email: data.email,
        name: data.name,
        roles: ['trainer'],
        iprc: data.iprc,
      });
      return;
    }
    if (existing.state.iprc && existing.state.iprc !== data.iprc)
      this.logger.warn(
        `account ${existing.id} accepted placement ${data.placementId} at ${data.iprc} but is scoped to ${existing.state.iprc}: its IPRC is kept`,
      );
    if (sameGrants(existing.state, asTrainer(existing.state, data.iprc))) return;
    // Made inside the handler: a redelivery of this event does not apply it twice (the store's causation).
    await this.accounts.update(existing.id, (account) => asTrainer(account, data.iprc));
  }
}

/** The account with the trainer role, and scoped to `iprc` when it has no IPRC yet (another one is kept). */
function asTrainer(account: Account, iprc: Account['iprc']): Account {
  return {
    ...account,
    roles: account.roles.includes('trainer') ? account.roles : [...account.roles, 'trainer'],
    iprc: account.iprc ?? iprc,
  };
}

const sameGrants = (a: Account, b: Account) =>
  a.iprc === b.iprc && a.roles.length === b.roles.length && a.roles.every((r) => b.roles.includes(r));

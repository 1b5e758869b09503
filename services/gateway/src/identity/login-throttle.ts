import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';
import { claimOnce, hashOf } from '@ikiraro/persistence';
import { normaliseEmail } from './account.ts';

const windowMs = 15 * 60_000;

/**
 * Lockout after repeated failed sign-ins, per e-mail and client address: failures from one address never lock
 * the account's owner out elsewhere, and an e-mail without an account is counted like one with (the answers must
 * not tell them apart). Counted without updates (FerretDB's updates can lose increments under concurrency, ADR 3):
 * an attempt first claims slot n of its pair's 15-minute window by inserting `<pair>:<window>:<n>`, the first n
 * still free, and only then is the password checked; so of a burst of parallel attempts no more are checked than
 * there are slots. A failed check keeps its slot, a successful one gives it back. Once every slot is taken the pair
 * is locked for the rest of that window and the next one. The pair is stored hashed: no e-mail or address in clear.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  private get failures() {
    return this.connection.db!.collection<{ _id: string; at: Date }>('login_failures');
  }

  /** The outcome of `check` (the password check), or `locked` when the pair has no attempt left to claim. */
  async attempt(
    email: string,
    source: string,
    check: () => Promise<boolean>,
    now = Date.now(),
  ): Promise<boolean | 'locked'> {
    const pair = hashOf(`${normaliseEmail(email)} ${source}`);
    const window = Math.floor(now / windowMs);
    const slots = this.config.LOCKOUT_AFTER_FAILURES;
    if (await this.failures.findOne({ _id: `${pair}:${window - 1}:${slots}` })) return 'locked';
    let claimed: string | undefined;
    for (let n = 1; n <= slots && !claimed; n++) {
      const slot = `${pair}:${window}:${n}`;
      if (await claimOnce(this.failures, slot)) claimed = slot;
    }
    if (!claimed) return 'locked';
    const passed = await check();
    // The slot's only writer is this attempt: deleting it races with nobody.
    if (passed) await this.failures.deleteOne({ _id: claimed });
    return passed;
  }
}

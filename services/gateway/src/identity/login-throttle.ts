import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';
import { claimOnce } from '@ikiraro/persistence';

const windowMs = 15 * 60_000;

/**
 * Lockout after repeated failed sign-ins, counted without updates (FerretDB's updates can lose increments under
 * concurrency): failure n of an account in a 15-minute window inserts `<account>:<window>:<n>`, the first n still
 * free. Once the last slot is taken the account is locked for the rest of that window and the next one.
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

  private slot(accountId: string, window: number, n: number) {
    return `${accountId}:${window}:${n}`;
  }

  async isLocked(accountId: string, now = Date.now()): Promise<boolean> {
    const window = Math.floor(now / windowMs);
    const last = this.config.LOCKOUT_AFTER_FAILURES;
    const found = await Promise.all(
      [window, window - 1].map((w) => this.failures.findOne({ _id: this.slot(accountId, w, last) })),
    );
    return found.some(Boolean);
  }

  async recordFailure(accountId: string, now = Date.now()): Promise<void> {
    const window = Math.floor(now / windowMs);
    for (let n = 1; n <= this.config.LOCKOUT_AFTER_FAILURES; n++) {
      if (await claimOnce(this.failures, this.slot(accountId, window, n))) return;
    }
  }
}

import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RelayLease } from './relay-lease.ts';
import type { Db } from 'mongodb';

/**
 * A worker that runs `pass()` every `everyMs`, in one process per service at a time: a lease like the outbox
 * relay's, in a collection of its own, so whoever holds it is the only writer of what its passes change. A pass
 * checks `hold()` before it starts and between steps. At shutdown the pass in progress ends, then the lease is
 * released, so that another replica takes over at once.
 */
export abstract class LeasedPasses implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private readonly lease: RelayLease;
  private holding?: Promise<boolean>;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  protected constructor(
    db: Db,
    collection: string,
    private readonly everyMs: number,
  ) {
    this.lease = new RelayLease(db.collection(collection));
  }

  /** One pass over what is due. */
  abstract pass(): Promise<void>;

  onApplicationBootstrap() {
    this.schedule(0);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.lease.release().catch(() => undefined);
  }

  protected get stopping(): boolean {
    return this.stopped;
  }

  /** Whether this process holds the lease; renewed by one call at a time, however many ask at once. */
  protected hold(): Promise<boolean> {
    return (this.holding ??= this.lease.hold().finally(() => (this.holding = undefined)));
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass()
        .catch((error: unknown) => this.logger.warn(`stopped for a pass: ${String(error)}`))
        .finally(() => this.schedule(this.everyMs));
    }, delayMs);
  }
}

import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { OUTREACH_CONFIG, type OutreachEnv } from '../outreach.config.ts';
import { CvStore } from '../registrations/cv-store.ts';
import { QUOTA_SLOTS } from '../registrations/quota.ts';
import { VERIFICATION_TTL_MS } from '../registrations/registration.rules.ts';
import {
  PENDING_REGISTRATIONS,
  type PendingRegistration,
  REGISTRATION_LINK_USES,
} from '../registrations/registrations.service.ts';
import { MEMBER_TOKENS } from '../self-service/member-tokens.ts';

const DAY_MS = 24 * 3_600_000;

/** What one clean-up deleted. */
export interface Purged {
  pendingRegistrations: number;
  cvs: number;
  memberTokens: number;
  linkUses: number;
  quotaSlots: number;
}

/**
 * Deletes what outreach no longer needs, on a schedule (`RETENTION_EVERY_MINUTES`): registrations never
 * verified (`PENDING_REGISTRATION_DAYS`), orphaned CVs (see `CvStore.purge`), expired self-service tokens, uses of
 * verification links that can no longer be followed, and quota slots of past windows. FerretDB has no TTL
 * indexes, so this job is what a TTL index would be. Every step is a delete of what stays deletable, so two
 * replicas running it at once delete the same things, twice at worst; no lease is needed.
 */
@Injectable()
export class RetentionService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(OUTREACH_CONFIG) private readonly config: OutreachEnv,
    private readonly cvs: CvStore,
  ) {}

  onModuleInit() {
    // The first clean-up comes one period after start, not at start: restarts do not multiply them.
    this.timer = setInterval(() => this.scheduled(), this.config.RETENTION_EVERY_MINUTES * 60_000);
    this.timer.unref(); // never what keeps the process alive
  }

  async onModuleDestroy() {
    clearInterval(this.timer);
    await this.running;
  }

  private scheduled() {
    if (this.running) return; // the last one is still at it (a large backlog): one at a time per process
    this.running = this.purge()
      .then((purged) => this.logger.log({ msg: 'retention clean-up', ...purged }))
      // Logged, and tried again at the next period: nothing is lost by a clean-up that failed.
      .catch((error: unknown) => this.logger.error(`retention clean-up failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
  }

  /** One clean-up as of `now`. Pending registrations first, so that their CVs go in the same run. */
  async purge(now = new Date()): Promise<Purged> {
    const db = this.connection.db!;
    const before = (ms: number) => ({ $lt: new Date(now.getTime() - ms) });
    const pendingRegistrations = (
      await db
        .collection(PENDING_REGISTRATIONS)
        .deleteMany({ createdAt: before(this.config.PENDING_REGISTRATION_DAYS * DAY_MS) })
    ).deletedCount;
    const pending = db.collection<PendingRegistration>(PENDING_REGISTRATIONS);
    const cvs = await this.cvs.purge(async (_id) => {
      const found = await pending.findOne({ _id }, { projection: { expiresAt: 1 } });
      return found !== null && found.expiresAt.getTime() > now.getTime();
    }, now);
    const memberTokens = (await db.collection(MEMBER_TOKENS).deleteMany({ expiresAt: before(0) }))
      .deletedCount;
    // A use is claimed before its link expires and is needed only while the link works (a retry after a crash).
    const linkUses = (
      await db.collection(REGISTRATION_LINK_USES).deleteMany({ at: before(VERIFICATION_TTL_MS) })
    ).deletedCount;
    const quotaSlots = (await db.collection(QUOTA_SLOTS).deleteMany({ expiresAt: before(0) })).deletedCount;
    return { pendingRegistrations, cvs, memberTokens, linkUses, quotaSlots };
  }
}

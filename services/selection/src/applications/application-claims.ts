import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { hashOf, insertOnce } from '@ikiraro/persistence';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';

/** Which application a member's application to a ToR is: never returned by any route. */
interface Claim {
  /** A hash of ToR and member: the unique key that makes "one application per member and ToR" atomic. */
  _id: string;
  applicationId: string;
  torId: string;
  memberId: string;
  at: Date;
}
const CLAIMS = 'application_claims';

/**
 * One application per member and ToR, under an id nobody can compute. An application's id used to be derived
 * from the member and the ToR, so a blind reviewer who knew a member id could tell which application was theirs;
 * now it is random (v4: no timestamp either), and uniqueness comes from this insert-only claim instead, because an
 * insert under a unique key is the one atomic step on FerretDB and MongoDB alike.
 */
@Injectable()
export class ApplicationClaims implements OnModuleInit {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get claims() {
    return this.connection.db!.collection<Claim>(CLAIMS);
  }

  async onModuleInit() {
    await this.claims.createIndex({ memberId: 1 });
  }

  /**
   * The id of this member's application to this ToR: a new random one, or the one claimed first. A claim whose
   * application was never stored (a crash in between) is reused, so it blocks no one; of two concurrent
   * applications both get the same id, and creating the application under it lets exactly one through.
   */
  async claim(torId: string, memberId: string): Promise<string> {
    const claim: Claim = {
      _id: hashOf(`${torId}:${memberId}`),
      applicationId: randomUUID(),
      torId,
      memberId,
      at: new Date(),
    };
    if (await insertOnce(this.claims, claim)) return claim.applicationId;
    const first = await this.claims.findOne({ _id: claim._id });
    if (!first) throw new Error(`The claim of ToR ${torId} by member ${memberId} vanished`);
    return first.applicationId;
  }

  /** Every application id a member claimed, including those the projection has not caught up with yet. */
  async idsOf(memberId: string): Promise<string[]> {
    const found = await this.claims.find({ memberId }, { projection: { applicationId: 1 } }).toArray();
    return found.map((c) => c.applicationId);
  }
}

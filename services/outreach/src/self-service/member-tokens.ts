import { hashOf, newSecret } from '@ikiraro/persistence';
import { HttpException, Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { AggregateStore, type Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { MEMBER, type Member } from '../members/member.ts';
import { OUTREACH_CONFIG, type OutreachEnv } from '../outreach.config.ts';
import { takeQuota } from '../registrations/quota.ts';
import type { StoredMember } from './erasure.ts';

/** Magic-link tokens (`_id` = hash of the token): only the hash is stored, so a database leak opens nothing. */
export const MEMBER_TOKENS = 'member_tokens';
export const MEMBER_TOKEN_HEADER = 'x-member-token';
const lifetimeMs = 60 * 60_000;

interface MemberToken {
  _id: string;
  memberId: string;
  expiresAt: Date;
}

export const invalidMemberToken = () =>
  new HttpException(
    { code: 'member_token.invalid', message: 'This link is not valid or has expired: ask for a new one' },
    401,
  );

/**
 * The registrant's proof of who they are on the self-service pages: a random token e-mailed as a link, valid
 * for an hour, usable for that hour (view, edit, withdraw). A token is only as good as its member: once the
 * member is no longer registered (erased), every token of theirs is refused, whatever is left in the collection.
 */
@Injectable()
export class MemberTokens {
  private readonly members;

  constructor(
    store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
    @Inject(OUTREACH_CONFIG) private readonly config: OutreachEnv,
  ) {
    this.members = store.of<StoredMember>(MEMBER);
  }

  private get tokens() {
    return this.connection.db!.collection<MemberToken>(MEMBER_TOKENS);
  }

  /**
   * Whether another link may be mailed to this address this hour (`LINKS_PER_ADDRESS_PER_HOUR`), taken before
   * anyone looks the address up: nobody can have us mail someone over and over, and an unknown address costs
   * the same as a member's.
   */
  mayMail(email: string): Promise<boolean> {
    const quota = {
      name: 'self-service-link',
      limit: this.config.LINKS_PER_ADDRESS_PER_HOUR,
      windowMs: 3_600_000,
    };
    return takeQuota(this.connection.db!, quota, email);
  }

  async issue(memberId: string): Promise<string> {
    const token = newSecret();
    await this.tokens.insertOne({
      _id: hashOf(token),
      memberId,
      expiresAt: new Date(Date.now() + lifetimeMs),
    });
    return token;
  }

  /** The registered member a token stands for; 401 `member_token.invalid` for anything else. */
  async memberOf(token: string | undefined): Promise<Versioned<Member> & { state: Member }> {
    const member = await this.anyMemberOf(token);
    if (member.state.status !== 'registered') throw invalidMemberToken();
    return member as Versioned<Member>;
  }

  /** Like `memberOf`, but also an erased member whose tokens are still there (an erasure to finish). */
  async anyMemberOf(token: string | undefined): Promise<Versioned<StoredMember>> {
    if (!token || token.length > 200) throw invalidMemberToken();
    const found = await this.tokens.findOne({ _id: hashOf(token) });
    if (!found || found.expiresAt.getTime() <= Date.now()) throw invalidMemberToken();
    const member = await this.members.load(found.memberId);
    if (!member) throw invalidMemberToken();
    return member;
  }

  async revokeAll(memberId: string): Promise<void> {
    await this.tokens.deleteMany({ memberId });
  }
}

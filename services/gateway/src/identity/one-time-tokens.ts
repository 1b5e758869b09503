import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { claimOnce, hashOf, newSecret } from '@ikiraro/persistence';

export type Purpose = 'invitation' | 'password-reset';

interface OneTimeToken {
  _id: string;
  purpose: Purpose;
  accountId: string;
  expiresAt: Date;
}

export const lifetimes: Record<Purpose, number> = {
  invitation: 7 * 86_400_000,
  'password-reset': 60 * 60_000,
};

/** Links sent by e-mail: random, stored as a hash, valid for a while, usable once (claimed by an insert). */
@Injectable()
export class OneTimeTokens {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private collection<T extends { _id: string }>(name: string) {
    return this.connection.db!.collection<T>(name);
  }

  async issue(purpose: Purpose, accountId: string): Promise<string> {
    const secret = newSecret();
    await this.collection<OneTimeToken>('one_time_tokens').insertOne({
      _id: hashOf(secret),
      purpose,
      accountId,
      expiresAt: new Date(Date.now() + lifetimes[purpose]),
    });
    return secret;
  }

  /** The account a valid, unused link is for; a bad, expired or used link is one error. Does not use it up. */
  async check(purpose: Purpose, secret: string): Promise<string> {
    const token = await this.collection<OneTimeToken>('one_time_tokens').findOne({ _id: hashOf(secret) });
    const used = token && (await this.collection('one_time_token_uses').findOne({ _id: token._id }));
    if (!token || used || token.purpose !== purpose || token.expiresAt < new Date()) throw invalidLink();
    return token.accountId;
  }

  /** Uses the link up, once: of two concurrent uses, one fails. */
  async claim(secret: string): Promise<void> {
    if (!(await claimOnce(this.collection('one_time_token_uses'), hashOf(secret)))) throw invalidLink();
  }
}

const invalidLink = () =>
  new DomainError('link.invalid', 'invalid', 'This link is not valid, has expired or was used');

import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { AuthError, type Caller } from '@ikiraro/auth';
import type { Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';
import { AccessTokens } from './access-tokens.ts';
import { type Account, toUser } from './account.ts';
import { AccountsService } from './accounts.service.ts';
import { claimOnce, hashOf, newSecret } from '@ikiraro/persistence';

interface RefreshToken {
  /** Hash of the secret in the cookie. */
  _id: string;
  /** Every token rotated from one sign-in: revoked together. */
  family: string;
  familyStartedAt: Date;
  accountId: string;
  expiresAt: Date;
}

export interface Session {
  accessToken: string;
  expiresAt: string;
  user: ReturnType<typeof toUser>;
  /** The new refresh secret, for the cookie. */
  refreshToken: string;
  refreshExpiresAt: Date;
}

const sessionOver = (message = 'Your session is over; sign in again') =>
  new AuthError(401, 'auth.session_invalid', message);

/**
 * Short-lived access tokens and rotating refresh tokens. All records are insert-only: using a refresh token is
 * claiming its hash in `refresh_uses` (atomic), so a token presented twice is a replay — the whole family is
 * revoked, and whoever holds any of its tokens must sign in again.
 */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @InjectConnection() private readonly connection: Connection,
    private readonly accounts: AccountsService,
    private readonly tokens: AccessTokens,
  ) {}

  private collection<T extends { _id: string }>(name: string) {
    return this.connection.db!.collection<T>(name);
  }

  /** A new session after a sign-in. */
  start(account: Versioned<Account>): Promise<Session> {
    return this.issue(account, uuidv7(), new Date());
  }

  /** Rotates a refresh token: a new access token and a new refresh token of the same family. */
  async refresh(secret: string | undefined): Promise<Session> {
    if (!secret) throw sessionOver('No session');
    const token = await this.collection<RefreshToken>('refresh_tokens').findOne({ _id: hashOf(secret) });
    if (!token || token.expiresAt < new Date()) throw sessionOver();
    if (await this.collection('revoked_families').findOne({ _id: token.family })) throw sessionOver();
    const account = await this.accounts.load(token.accountId);
    if (!account || account.state.status !== 'active') throw sessionOver();
    if (token.familyStartedAt < new Date(account.state.sessionsValidFrom)) throw sessionOver();
    if (!(await claimOnce(this.collection('refresh_uses'), token._id))) {
      await this.revokeFamily(token.family);
      throw new AuthError(
        401,
        'auth.refresh_reused',
        'This session was used twice and has been closed; sign in again',
      );
    }
    return this.issue(account, token.family, token.familyStartedAt);
  }

  /** Ends the session the refresh token belongs to (sign out). Unknown tokens end nothing and are no error. */
  async end(secret: string | undefined): Promise<void> {
    if (!secret) return;
    const token = await this.collection<RefreshToken>('refresh_tokens').findOne({ _id: hashOf(secret) });
    if (token) await this.revokeFamily(token.family);
  }

  private async revokeFamily(family: string) {
    await claimOnce(this.collection('revoked_families'), family);
  }

  private async issue(account: Versioned<Account>, family: string, familyStartedAt: Date): Promise<Session> {
    const { state, id } = account;
    const caller: Caller = {
      id,
      email: state.email,
      name: state.name,
      roles: state.roles,
      ...(state.office ? { office: state.office } : {}),
      ...(state.iprc ? { iprc: state.iprc } : {}),
    };
    const { accessToken, expiresAt } = await this.tokens.sign(caller);
    const refreshToken = newSecret();
    const refreshExpiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await this.collection<RefreshToken>('refresh_tokens').insertOne({
      _id: hashOf(refreshToken),
      family,
      familyStartedAt,
      accountId: id,
      expiresAt: refreshExpiresAt,
    });
    return {
      accessToken,
      expiresAt,
      user: toUser(id, state),
      refreshToken,
      refreshExpiresAt,
    };
  }
}

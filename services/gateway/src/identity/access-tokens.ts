import { Inject, Injectable } from '@nestjs/common';
import { type Caller, type PrivateKey, readPrivateKey, signAccessToken } from '@ikiraro/auth';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';

export interface AccessToken {
  accessToken: string;
  expiresAt: string;
}

/**
 * The one place access tokens are signed: staff sessions and members' exchanged links alike get the gateway's
 * key and ACCESS_TOKEN_TTL_SECONDS, so every service verifies one kind of token with one public key.
 */
@Injectable()
export class AccessTokens {
  private key?: Promise<PrivateKey>;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  async sign(caller: Caller): Promise<AccessToken> {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await signAccessToken(
      caller,
      await (this.key ??= readPrivateKey(this.config.AUTH_PRIVATE_KEY)),
      ttl,
    );
    return { accessToken, expiresAt: new Date(Date.now() + ttl * 1000).toISOString() };
  }
}

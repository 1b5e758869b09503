import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AuthError } from '@ikiraro/auth';
import { childTraceParent, messageContext } from '@ikiraro/observability';
import type { Pool } from 'undici';
import { upstreamError, upstreamFailed, upstreamFailure, upstreamPool } from '../forwarding/upstream.ts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.ts';

export const MEMBER_TOKEN_HEADER = 'x-member-token';

/** What the gateway takes from outreach's `GET /public/self-service/profile` to name a member in a token. */
export interface MemberProfile {
  memberId: string;
  firstName: string;
  lastName: string;
  email: string;
}

/** Outreach's code and words for a link it does not accept: one answer, whether outreach or the gateway refused it. */
export const invalidMemberToken = () =>
  new AuthError(401, 'member_token.invalid', 'This link is not valid or has expired: ask for a new one');

const isProfile = (value: unknown): value is MemberProfile => {
  const v = value as Partial<Record<keyof MemberProfile, unknown>> | null;
  return (
    typeof v?.memberId === 'string' &&
    typeof v.firstName === 'string' &&
    typeof v.lastName === 'string' &&
    typeof v.email === 'string'
  );
};

/**
 * Asks outreach, which owns registrants and their magic links, whom a link token stands for. Outreach alone
 * decides (expiry, erasure): the gateway keeps no copy of registrants, so a withdrawn member's link stops
 * working here the moment it stops working there.
 */
@Injectable()
export class MemberProfiles implements OnModuleDestroy {
  private readonly logger = new Logger('MemberProfiles');
  private readonly pool: Pool;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    const base = config.serviceUrls.outreach;
    if (!base) throw new Error('SERVICE_URLS has no URL for outreach, which owns member links');
    // A few connections: exchanges happen once per page visit, not per request.
    this.pool = upstreamPool(base, config.UPSTREAM_TIMEOUT_MS, 8);
  }

  async onModuleDestroy() {
    await this.pool.close();
  }

  /** The registered member of a link token; 401 `member_token.invalid` when outreach does not accept it. */
  async profileOf(token: string): Promise<MemberProfile> {
    const { status, text } = await this.fetchProfile(token);
    if (status === 401) throw invalidMemberToken();
    let body: unknown;
    try {
      body = status === 200 ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: answered below as a failed upstream
    }
    if (!isProfile(body)) {
      this.logger.error(`outreach answered a profile request with ${status}`);
      throw upstreamError(upstreamFailed('outreach'));
    }
    return body;
  }

  /** The status and body; a service that is down or too slow becomes 503 / 504, as for forwarded routes. */
  private async fetchProfile(token: string): Promise<{ status: number; text: string }> {
    const context = messageContext.current();
    const headers: Record<string, string> = {
      accept: 'application/json',
      [MEMBER_TOKEN_HEADER]: token,
      traceparent: context?.traceparent ?? childTraceParent(undefined),
      ...(context ? { 'x-correlation-id': context.correlationId } : {}),
    };
    try {
      const response = await this.pool.request({
        method: 'GET',
        path: '/public/self-service/profile',
        headers,
      });
      // Read the body whatever the status: an unread body keeps its connection busy.
      return { status: response.statusCode, text: await response.body.text() };
    } catch (error) {
      const failure = upstreamFailure(error, 'outreach');
      if (failure.status === 502) this.logger.error(String(error));
      throw upstreamError(failure);
    }
  }
}

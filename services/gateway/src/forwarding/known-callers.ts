import { type Caller, callerOf, type PublicKey } from '@ikiraro/auth';
import type { FastifyRequest } from 'fastify';

/** Headers remembered at once; all are forgotten beyond this (a client keeps sending its one token). */
const capacity = 10_000;

/**
 * The caller of a forwarded request: null without a token, undefined for a token that is not valid. A token
 * verified lately is known at once, without the promises of libs/auth's (also cached) verification: every
 * request of a signed-in client carries the same header for the token's minutes, and on the forwarding path
 * those promises were a measurable share of the gateway's own time. Only verified tokens are remembered, each
 * until it expires.
 */
export function knownCallers(key: PublicKey) {
  const known = new Map<string, { caller: Caller; expiresAt: number }>();
  return {
    /** The caller when this request's token was verified lately; `unknown` otherwise. */
    recall(request: FastifyRequest): Caller | null | typeof unknown {
      const header = request.headers.authorization;
      if (!header) return null;
      const hit = known.get(header);
      return hit && hit.expiresAt > Date.now() ? hit.caller : unknown;
    },
    async verify(request: FastifyRequest): Promise<Caller | null | undefined> {
      const caller = await callerOf(request, key).catch(() => undefined);
      const header = request.headers.authorization;
      if (caller && header) {
        if (known.size >= capacity) known.clear();
        known.set(header, { caller, expiresAt: expiryOf(header) });
      }
      return caller;
    },
  };
}

export const unknown = Symbol('unknown caller');

const expiryOf = (header: string) => {
  const payload = header.split('.')[1] ?? '';
  const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp?: number };
  return typeof exp === 'number' ? exp * 1000 : 0;
};

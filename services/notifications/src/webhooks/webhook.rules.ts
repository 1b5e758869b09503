import { BlockList, isIP } from 'node:net';
import { createHmac, randomBytes } from 'node:crypto';
import type { Purpose } from './purposes.ts';
import { PURPOSES } from './purposes.ts';

/** A subscription's secret, Standard Webhooks' format: `whsec_` and 32 random bytes in base64. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * Standard Webhooks' signature: `v1,` and the base64 HMAC-SHA256, keyed with the secret's bytes (the base64
 * after `whsec_`), of `<webhook-id>.<webhook-timestamp>.<body>`.
 */
export function signature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(secret.startsWith('whsec_') ? 'whsec_'.length : 0), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * The `webhook-signature` header: one signature per secret, space-separated, so that a partner still holding
 * the previous secret right after a rotation verifies too (the convention's way of rotating without a gap).
 */
export const signatureHeader = (secrets: readonly string[], id: string, timestamp: number, body: string) =>
  secrets.map((s) => signature(s, id, timestamp, body)).join(' ');

/**
 * A copy of `value` without the fields at `paths` (the contracts' syntax: `email`, `decision.reason`,
 * `scorecards[].comment` for that field of every item).
 */
export function withoutFields<T>(value: T, paths: readonly string[]): T {
  const copy = structuredClone(value);
  for (const path of paths) remove(copy, path.split('.'));
  return copy;
}

function remove(node: unknown, [head, ...rest]: string[]): void {
  if (node === null || typeof node !== 'object' || head === undefined) return;
  const each = head.endsWith('[]');
  const key = each ? head.slice(0, -2) : head;
  const record = node as Record<string, unknown>;
  if (each && rest.length === 0) delete record[key];
  else if (each && Array.isArray(record[key])) for (const item of record[key]) remove(item, rest);
  else if (rest.length > 0) remove(record[key], rest);
  else delete record[key];
}

/** The payload a subscription of this purpose receives: the personal fields removed unless it may have them. */
export const payloadFor = <T>(purpose: Purpose, data: T, personalFields: readonly string[] = []): T =>
  PURPOSES[purpose].personal || personalFields.length === 0 ? data : withoutFields(data, personalFields);

/** The body, fixed once for every attempt: Standard Webhooks' recommended `{ type, timestamp, data }`. */
export const bodyOf = (type: string, occurredAt: string, data: unknown) =>
  JSON.stringify({ type, timestamp: occurredAt, data });

export interface BackoffSettings {
  initialMs: number;
  maxMs: number;
}

/** The wait after the n-th failure in a row (n ≥ 1): doubles from `initialMs`, capped at `maxMs`. */
export const backoff = (failures: number, { initialMs, maxMs }: BackoffSettings) =>
  Math.min(initialMs * 2 ** Math.max(0, failures - 1), maxMs);

/** What a failed attempt of a delivery leads to: try again at `dueAt`, or give up after `attempts` tries. */
export function afterFailedAttempt(
  attempts: number,
  at: Date,
  settings: BackoffSettings & { attempts: number },
): { giveUp: true } | { giveUp: false; dueAt: Date } {
  if (attempts >= settings.attempts) return { giveUp: true };
  return { giveUp: false, dueAt: new Date(at.getTime() + backoff(attempts, settings)) };
}

/**
 * Whether a waiting delivery goes now: at its time, or at once when its subscription was enabled again since
 * it was last tried (its backoff was the broken receiver's).
 */
export const isDue = (
  delivery: { dueAt: Date; attempts: readonly { at: Date }[] },
  enabledAt: string,
  now = Date.now(),
) =>
  delivery.dueAt.getTime() <= now ||
  (delivery.attempts.at(-1)?.at.getTime() ?? 0) < new Date(enabledAt).getTime();

/** A receiver's answer that counts as delivered: 2xx only (a redirect is not followed, and fails). */
export const isDelivered = (status: number) => status >= 200 && status < 300;

/**
 * What is wrong with a subscription's URL and event types, in class-validator's words (empty: nothing): an
 * https URL (http too where allowed: local runs and tests), and only types of events notifications reads.
 */
export function subscriptionProblems(
  { url, eventTypes }: { url?: string; eventTypes?: readonly string[] },
  rules: { allowHttp: boolean; known: readonly string[] },
): string[] {
  const problems: string[] = [];
  const address = url === undefined ? undefined : new URL(url);
  const scheme = address?.protocol;
  if (scheme !== undefined && scheme !== 'https:' && !(rules.allowHttp && scheme === 'http:'))
    problems.push(`url must use https${rules.allowHttp ? ' or http' : ''}`);
  if (address && !rules.allowHttp && isInternalHost(address.hostname))
    problems.push('url must be a public address, not one of this machine or its network');
  const unknown = (eventTypes ?? []).filter((t) => !rules.known.includes(t));
  if (unknown.length > 0)
    problems.push(`eventTypes has types that webhooks do not carry: ${unknown.join(', ')}`);
  return problems;
}

const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

/**
 * A host that names this machine or a private network (`localhost`, a loopback, private or link-local address):
 * a partner's URL there would make the platform call its own insides. Only literal addresses and `localhost` are
 * caught here; a public name that resolves to a private address is not.
 */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const family = isIP(host);
  if (family === 0) return false;
  const mapped = host.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)?.[1];
  if (mapped) return internal.check(mapped, 'ipv4');
  return internal.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

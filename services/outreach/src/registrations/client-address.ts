import { BlockList, isIPv4 } from 'node:net';
import type { FastifyRequest } from 'fastify';

/** The networks a `TRUSTED_PROXIES` setting lists (comma-separated CIDR blocks). */
export function trustedNetworks(setting: string): BlockList {
  const list = new BlockList();
  for (const block of setting
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean)) {
    const [address, bits] = block.split('/') as [string, string];
    list.addSubnet(address, Number(bits), isIPv4(address) ? 'ipv4' : 'ipv6');
  }
  return list;
}

const plain = (ip: string) => (ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip);
const familyOf = (ip: string) => (isIPv4(ip) ? 'ipv4' : 'ipv6');

/**
 * The address of the client a request comes from, for per-client quotas. Outreach is reached through the
 * gateway, which puts its own caller's address in `x-forwarded-for`; that header is believed only from a
 * trusted proxy, else anyone could name a new address on every request and have a fresh quota each time.
 */
export function clientAddressOf(request: FastifyRequest, trusted: BlockList): string {
  const peer = plain(request.socket.remoteAddress ?? request.ip);
  const forwarded = request.headers['x-forwarded-for'];
  if (typeof forwarded !== 'string' || !trusted.check(peer, familyOf(peer))) return peer;
  // The last hop is the one our proxy saw; earlier entries are whatever the client wrote.
  const last = forwarded.split(',').pop()!.trim();
  return last === '' ? peer : plain(last);
}

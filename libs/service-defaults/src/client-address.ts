import { BlockList, isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');
/** IPv4 clients of a dual-stack socket appear as `::ffff:a.b.c.d`. */
const plain = (address: string) => (address.startsWith('::ffff:') ? address.slice(7) : address);

/**
 * The client's address as `trustedProxies` (addresses, or ranges as `10.0.0.0/8`) would have it: the socket's
 * address, unless that is a trusted proxy; then X-Forwarded-For is read from its right end (the hop the proxy
 * added) and the first address that is not a trusted proxy is the client. Anything a client wrote into the
 * header itself is further left and never read. With no trusted proxy the header is ignored: whoever sends it
 * could write anything there. The gateway counts its limits by it; a service behind the gateway, its quotas.
 */
export function clientAddressOf(trustedProxies: readonly string[]): (request: FastifyRequest) => string {
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const [address = '', prefix] = entry.split('/');
    if (isIP(address) === 0) throw new Error(`TRUSTED_PROXIES: ${entry} is not an address or a range`);
    if (prefix === undefined) trusted.addAddress(address, familyOf(address));
    else trusted.addSubnet(address, Number(prefix), familyOf(address));
  }
  const isTrusted = (address: string) => isIP(address) !== 0 && trusted.check(address, familyOf(address));
  return (request) => {
    let client = plain(request.socket.remoteAddress ?? '');
    if (trustedProxies.length === 0 || !isTrusted(client)) return client;
    const header = request.headers['x-forwarded-for'];
    const hops = [header ?? []].flat().join(',').split(',');
    for (let i = hops.length - 1; i >= 0 && isTrusted(client); i--) {
      const hop = plain(hops[i]!.trim());
      // A malformed hop ends the chain: the last proxy that named a client stands for it.
      if (isIP(hop) === 0) break;
      client = hop;
    }
    return client;
  };
}

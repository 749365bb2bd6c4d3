import type { IncomingHttpHeaders } from 'node:http';

/** The network address a request or socket is counted under for the per-address limits. */
export type AddressOf = (remote: string | undefined, headers: IncomingHttpHeaders) => string;

/**
 * Behind `proxyHops` reverse proxies the peer is the nearest proxy, and each proxy appended the
 * address it saw to X-Forwarded-For; the client is the entry `proxyHops` from the end. Entries
 * further left are whatever the client claimed, so they are never read. With no proxies, or no
 * header, the peer's own address counts.
 */
export function clientAddressResolver(proxyHops: number): AddressOf {
  return (remote, headers) => {
    const peer = remote ?? 'unknown';
    if (proxyHops === 0) return peer;
    const header = headers['x-forwarded-for'];
    const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (chain.length === 0) return peer;
    return chain[Math.max(0, chain.length - proxyHops)]!;
  };
}

import { hostname, networkInterfaces } from 'node:os';

/** Names that reach this machine from itself, whatever the network. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Whether an origin is this server as reached directly: plain http on the port it listens on,
 * under a loopback name, the machine's own name or one of its network addresses (a phone opens
 * http://192.168.1.20:3000). Never judged by the request's Host header: a DNS-rebinding page
 * at http://evil.example:3000 that resolves to this machine sends Host evil.example:3000 too.
 */
export function isOwnOrigin(url: URL, port: number | null): boolean {
  if (url.protocol !== 'http:' || port === null) return false;
  if (Number(url.port || 80) !== port) return false;
  return ownHostnames().has(url.hostname);
}

/** Read at each check: a laptop moves between networks during a training day. */
function ownHostnames(): Set<string> {
  const names = new Set(LOOPBACK);
  names.add(hostname().toLowerCase());
  for (const addresses of Object.values(networkInterfaces())) {
    for (const { family, address } of addresses ?? []) {
      // A link-local address carries its zone (fe80::1%eth0), which no origin can.
      if (address.includes('%')) continue;
      names.add(family === 'IPv6' ? `[${address}]` : address);
    }
  }
  return names;
}

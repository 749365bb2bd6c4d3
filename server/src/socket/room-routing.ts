import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ROOM_HINT_PARAM } from '@samenspel/shared';

/**
 * Whether this node runs the room a socket names (ROOM_HINT_PARAM): true when it does or has
 * just taken it up, or when there is no such room (the handshake refuses it then); false while
 * another node of the cluster runs it. Rejects when the database cannot be asked.
 */
export type RunsRoom = (hint: string) => boolean | Promise<boolean>;

const SOCKET_PATH = '/socket.io/';
const MAX_HINT = 64;

/**
 * On a cluster, a socket must reach the node that runs its room. Socket.IO names the room only
 * in its first packet, after the connection is made; so the client names it in the URL too,
 * and this answers a socket's HTTP requests (the WebSocket upgrade, and each long-polling
 * request) with 503 on a node that does not run the room. The proxy then tries the next node
 * (`proxy_next_upstream http_503` in deploy/nginx-samenspel.conf), until the one that does.
 * Requests without a hint, and everything outside Socket.IO's path, pass untouched.
 *
 * Installed after Socket.IO has attached its listeners to `server`, which it wraps.
 */
export function routeSocketsByRoom(server: Server, runsRoom: RunsRoom): void {
  const onRequest = server.listeners('request') as Array<
    (request: IncomingMessage, response: ServerResponse) => void
  >;
  const onUpgrade = server.listeners('upgrade') as Array<
    (request: IncomingMessage, socket: Duplex, head: Buffer) => void
  >;
  server.removeAllListeners('request');
  server.removeAllListeners('upgrade');

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const pass = () => {
      for (const listener of onRequest) listener.call(server, request, response);
    };
    const hint = roomHint(request.url);
    if (hint === null) return pass();
    void decide(runsRoom, hint).then((here) => {
      if (here) return pass();
      response.writeHead(503, { 'retry-after': '1', 'content-type': 'text/plain' });
      response.end('this room runs on another server\n');
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const hint = roomHint(request.url);
    if (hint === null) {
      for (const listener of onUpgrade) listener.call(server, request, socket, head);
      return;
    }
    // Node takes its own error handler off an upgraded socket: while we wait for the answer,
    // a client that resets the connection must not take the process down with it.
    const dropped = () => socket.destroy();
    socket.on('error', dropped);
    void decide(runsRoom, hint).then((here) => {
      if (socket.destroyed) return;
      if (here) {
        socket.off('error', dropped);
        for (const listener of onUpgrade) listener.call(server, request, socket, head);
        return;
      }
      socket.end(
        'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n' +
          'Connection: close\r\n\r\n',
      );
    });
  });
}

/** How long a node may take to tell; a database that does not answer sends the socket on. */
const DECIDE_MS = 2_000;

/**
 * A node that cannot ask the database (cut off from it, or it does not answer in DECIDE_MS)
 * sends the socket on as well: another node may reach it and run the room. With every node
 * cut off, the client's socket keeps reconnecting by itself until the database is back.
 */
async function decide(runsRoom: RunsRoom, hint: string): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), DECIDE_MS);
  });
  try {
    return await Promise.race([Promise.resolve(runsRoom(hint)), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The room named in a Socket.IO request's URL, or null for any other request. */
export function roomHint(url: string | undefined): string | null {
  if (url === undefined || !url.startsWith(SOCKET_PATH)) return null;
  const query = url.indexOf('?');
  if (query < 0) return null;
  const hint = new URLSearchParams(url.slice(query + 1)).get(ROOM_HINT_PARAM);
  return hint === null || hint === '' || hint.length > MAX_HINT ? null : hint;
}

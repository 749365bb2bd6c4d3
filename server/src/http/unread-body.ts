import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/**
 * How long a connection stays open after the answer to a request whose body was not read. Long
 * enough for the client to read the answer before the close; closed at once, a socket with data
 * still coming is reset, and a reset makes the client drop the answer it was sent (a browser
 * would show a network error rather than "log in first").
 */
export const LINGER_MS = 2000;

/**
 * A request answered before its body was read (refused by the origin check or for want of a
 * passphrase, an unknown route, a body over the limit) gets `Connection: close`. Without it Node
 * keeps the connection for the next request and first reads the rest of the body to get there:
 * an unauthenticated upload of 60 MB would still be received in full, only to be thrown away.
 * With it, Node sends the answer, ends its side and discards what is in flight; a client stops
 * sending once it sees the end, and one that does not is cut off after LINGER_MS.
 */
export function closeOnUnreadBody(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (request.raw.complete || !hasBody(request.headers)) return;
    reply.header('connection', 'close');
    const socket = request.raw.socket;
    // Node's own 'finish' listener runs first: it ends the socket and would destroy it once the
    // end is written. Keep it open for the client to read the answer, then destroy it.
    reply.raw.once('finish', () => linger(socket));
  });
}

function linger(socket: Socket): void {
  if (socket.destroyed) return;
  socket.removeListener('finish', socket.destroy);
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  // Node resumes the request to throw its body away; reading it would cost as much as keeping
  // it. Stop reading once that has begun (on the next tick): the client has the answer and stops.
  setImmediate(() => socket.pause());
}

function hasBody(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}

import type { FastifyInstance } from 'fastify';

/**
 * A request answered before its body was read (refused by the origin check or for want of a
 * passphrase, an unknown route, a body over the limit) gets `Connection: close`. Without it Node
 * keeps the connection for the next request and first reads the rest of the body to get there:
 * an unauthenticated upload of 60 MB would still be received in full, only to be thrown away.
 */
export function closeOnUnreadBody(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (request.raw.complete || !hasBody(request.headers)) return;
    reply.header('connection', 'close');
  });
}

function hasBody(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendError } from './errors.js';

/**
 * Serves the built client, with every unknown GET outside /api and /socket.io answered by
 * index.html so the client's router can take it.
 */
export async function serveClient(app: FastifyInstance, clientDir: string) {
  const hasClient = existsSync(path.join(clientDir, 'index.html'));
  if (hasClient) {
    // wildcard: files are looked up per request, so a rebuilt client needs no server restart.
    await app.register(fastifyStatic, { root: clientDir, wildcard: true, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !/^\/(api|socket\.io)(\/|$)/.test(request.url);
    if (!isPage) return sendError(reply, 404, { code: 'not_found', message: 'not found' });
    if (!hasClient) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The client is not built yet: run "pnpm build" first.');
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}

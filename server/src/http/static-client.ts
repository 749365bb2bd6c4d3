import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import { sendError } from './errors.js';

/** Vite names every built asset by its content's hash, so a changed file is a new address. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html (and anything unhashed) may be kept, but is asked after again on every load. */
export const REVALIDATED_CACHE = 'no-cache';

/** Text the build precompresses (client/precompress.ts): it differs by Accept-Encoding. */
const PRECOMPRESSED = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;

function cacheHeaders(clientDir: string) {
  const assetsDir = path.join(clientDir, 'assets') + path.sep;
  return (res: SetHeadersResponse, filePath: string) => {
    res.setHeader(
      'cache-control',
      filePath.startsWith(assetsDir) ? HASHED_ASSET_CACHE : REVALIDATED_CACHE,
    );
    // The path is of the file sent, `app.js.br` for brotli: the original name decides.
    if (PRECOMPRESSED.test(filePath.replace(/\.(br|gz)$/, ''))) {
      res.setHeader('vary', 'accept-encoding');
    }
  };
}

/**
 * Serves the built client, with every unknown GET outside /api and /socket.io answered by
 * index.html so the client's router can take it. The build wrote brotli and gzip siblings of
 * every text file; a browser that accepts them gets those, so nothing is compressed per request.
 */
export async function serveClient(app: FastifyInstance, clientDir: string) {
  const hasClient = existsSync(path.join(clientDir, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: clientDir,
      // Files are looked up per request, so a rebuilt client needs no server restart.
      wildcard: true,
      index: 'index.html',
      preCompressed: true,
      cacheControl: false,
      setHeaders: cacheHeaders(clientDir),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing hashed asset is an old build's: index.html in its place would run as script.
    const isPage =
      request.method === 'GET' && !/^\/(api|socket\.io|assets)(\/|$)/.test(request.url);
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

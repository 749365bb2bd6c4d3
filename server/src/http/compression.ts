import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

const gzipAsync = promisify(gzip);

/** Below this, gzip's own header and the work cost more than the bytes saved. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Text that shrinks: the API's JSON (a 50,000-event log is 8 MB, about a tenth gzipped), the
 * CSV exports and the report. Images, archives and other compressed formats are not in it.
 */
const COMPRESSIBLE = /^(application\/json|text\/csv|text\/html)\b/;

/** Whether the request's Accept-Encoding takes gzip (by name or `*`, not refused with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let gzipQ: number | null = null;
  let anyQ: number | null = null;
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name === 'gzip' || name === 'x-gzip') gzipQ = weight;
    else if (name === '*') anyQ = weight;
  }
  const weight = gzipQ ?? anyQ ?? 0;
  return Number.isFinite(weight) && weight > 0;
}

async function compressOnSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  // Streams (the client's files, sent by @fastify/static) go as they are.
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  if (reply.hasHeader('content-encoding')) return payload;
  const type = reply.getHeader('content-type');
  if (typeof type !== 'string' || !COMPRESSIBLE.test(type)) return payload;
  if (Buffer.byteLength(payload) < COMPRESS_MIN_BYTES) return payload;
  // The same address answers differently by Accept-Encoding: a cache must know.
  const vary = reply.getHeader('vary');
  if (typeof vary !== 'string' || !/accept-encoding/i.test(vary)) {
    reply.header(
      'vary',
      typeof vary === 'string' && vary ? `${vary}, accept-encoding` : 'accept-encoding',
    );
  }
  if (!acceptsGzip(request.headers['accept-encoding'])) return payload;
  const body = await gzipAsync(payload);
  reply.header('content-encoding', 'gzip');
  reply.removeHeader('content-length');
  return body;
}

/**
 * Gzips large text answers for clients that accept it; browsers and Node's fetch undo it
 * without being asked. Registered once on the root, it covers every route.
 */
export const compression = fp(
  async (app: FastifyInstance) => {
    app.addHook('onSend', compressOnSend);
  },
  { name: 'samenspel-compression' },
);

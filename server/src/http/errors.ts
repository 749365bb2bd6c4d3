import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { retryAfterSeconds } from './address-limiter.js';
import { RoomElsewhere } from '../rooms/room-ownership.js';
import { isStoreUnreachable } from '../store/pg/pg-connect.js';
import {
  protocolError,
  type ErrorCode,
  type ErrorResponse,
  type ProtocolError,
} from '@samenspel/shared';

export function sendError(
  reply: FastifyReply,
  status: number,
  error: ProtocolError | { code: ErrorCode; message: string },
): FastifyReply {
  const body: ErrorResponse = {
    error: protocolError(error.code, error.message, 'field' in error ? error.field : undefined),
  };
  return reply.code(status).send(body);
}

/**
 * Fastify's own refusals (unreadable JSON, an unknown content type, a body over the limit, a
 * malformed URL) in the same `{ error }` shape as ours, so a client reads every refusal one way.
 * Anything that is not the client's fault is a plain 500 that gives nothing away.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  // Another node runs the room: 503 sends the request on to the next node (see the proxy's
  // example configuration), and a client that still gets it tries again shortly.
  if ((error as unknown) instanceof RoomElsewhere) {
    reply.header('retry-after', '1');
    return sendError(reply, 503, { code: 'room_elsewhere', message: error.message });
  }
  if (isStoreUnreachable(error)) {
    request.log.warn({ err: error }, 'the database is out of reach');
    reply.header('retry-after', '1');
    return sendError(reply, 503, {
      code: 'storage_error',
      message: 'the database cannot be reached just now; try again',
    });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code: ErrorCode = status === 404 ? 'not_found' : 'invalid_payload';
    // The message may quote the URL back: keep it short.
    return sendError(reply, status, { code, message: error.message.slice(0, 200) });
  }
  request.log.error({ err: error }, 'request failed');
  return sendError(reply, 500, { code: 'internal_error', message: 'something went wrong' });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(answerFrameworkError);
}

/** A refusal for an address that tried too often: 429, with when to try again. */
export function sendRateLimited(
  reply: FastifyReply,
  waitMs: number,
  message: string,
): FastifyReply {
  reply.header('retry-after', String(retryAfterSeconds(waitMs)));
  return sendError(reply, 429, { code: 'rate_limited', message });
}

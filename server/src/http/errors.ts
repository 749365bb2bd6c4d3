import type { FastifyReply } from 'fastify';
import { retryAfterSeconds } from './address-limiter.js';
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

/** A refusal for an address that tried too often: 429, with when to try again. */
export function sendRateLimited(
  reply: FastifyReply,
  waitMs: number,
  message: string,
): FastifyReply {
  reply.header('retry-after', String(retryAfterSeconds(waitMs)));
  return sendError(reply, 429, { code: 'rate_limited', message });
}

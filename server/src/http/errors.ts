import type { FastifyReply } from 'fastify';
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

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KeyRing } from '../auth/keys.js';
import { sendError } from './errors.js';

/**
 * An onRequest hook that lets through only requests with a valid facilitator session token. It
 * runs before the body is read, so a request without one is refused unread, whatever it sends.
 */
export function requireFacilitator(keys: KeyRing, now: () => number) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token || !keys.checkSessionToken(token, now())) {
      return sendError(reply, 401, { code: 'unauthorized', message: 'log in as facilitator' });
    }
  };
}

import type { FastifyInstance } from 'fastify';
import { sendError } from './errors.js';
import { FORBIDDEN_ORIGIN_MESSAGE, type OriginPolicy } from './origin-policy.js';

const READ_ONLY = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a state-changing request that a browser sent from a site not on the allowlist. */
export function checkOrigins(app: FastifyInstance, policy: OriginPolicy): void {
  app.addHook('onRequest', async (request, reply) => {
    if (READ_ONLY.has(request.method)) return;
    if (policy.allows(request.headers.origin)) return;
    return sendError(reply, 403, { code: 'forbidden_origin', message: FORBIDDEN_ORIGIN_MESSAGE });
  });
}

import type { FastifyInstance } from 'fastify';
import { API, LoginRequestSchema, parseAtBoundary, type LoginResponse } from '@samenspel/shared';
import { sessionTokenId, type KeyRing } from '../auth/keys.js';
import type { LogoutStore } from '../store/logout-store.js';
import type { EntryKeys } from '../auth/entry-keys.js';
import type { AddressLimiter } from './address-limiter.js';
import type { AddressOf } from './client-address.js';
import { FacilitatorDevices } from './facilitator-devices.js';
import { sendError, sendRateLimited } from './errors.js';

/** How long a facilitator stays logged in: a long workshop day. */
export const SESSION_TTL_MS = 14 * 60 * 60_000;

export function sessionRoutes(
  app: FastifyInstance,
  deps: {
    keys: KeyRing;
    entryKeys: EntryKeys;
    now: () => number;
    guesses: AddressLimiter;
    addressOf: AddressOf;
    loggedOut: LogoutStore;
    /** Told the id of a token that was just logged out, to close its consoles. */
    onLogout: (tokenId: string) => void;
  },
) {
  const devices = new FacilitatorDevices(deps.entryKeys, deps.guesses);
  app.post(API.session, async (request, reply) => {
    // Checked before the passphrase: whoever guessed too often learns nothing more.
    const address = deps.addressOf(request.socket.remoteAddress, request.headers);
    const asking = devices.of(request.headers.cookie);
    const waitMs = devices.waitMs(asking, address, deps.now());
    if (waitMs > 0) return sendRateLimited(reply, waitMs, 'too many wrong passphrases; wait');
    const parsed = parseAtBoundary(LoginRequestSchema, request.body);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    if (!deps.keys.checkPassphrase(parsed.value.passphrase)) {
      devices.fail(asking, address, deps.now());
      // No hint: neither which part was wrong nor how close it came.
      return sendError(reply, 401, { code: 'unauthorized', message: 'unauthorized' });
    }
    if (asking === null) reply.header('set-cookie', devices.issue());
    const expiresAt = deps.now() + SESSION_TTL_MS;
    const body: LoginResponse = { token: deps.keys.sessionToken(expiresAt), expiresAt };
    return body;
  });

  // A logout ends the token on the server, not only in the browser: until it would have expired,
  // also after a restart, it opens nothing. Logging out twice is fine.
  app.delete(API.session, async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const expiresAt = deps.keys.sessionExpiry(token, deps.now());
    if (expiresAt === null) {
      return sendError(reply, 401, { code: 'unauthorized', message: 'log in as facilitator' });
    }
    const tokenId = sessionTokenId(token);
    await deps.loggedOut.add(tokenId, expiresAt, deps.now());
    deps.onLogout(tokenId);
    return reply.code(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import { ROUTES, type JoinLink } from '@samenspel/shared';
import type { EntryKeys } from '../auth/entry-keys.js';
import type { KeyRing } from '../auth/keys.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { sendError } from './errors.js';

/**
 * The token for a room's QR link, for the screens that show it: the presenter (its key) and the
 * facilitator (a session token or the room's key), each as a Bearer token. The link opens one
 * room, so whoever may show the code may hand it out.
 */
export function joinLinkRoutes(
  app: FastifyInstance,
  deps: { keys: KeyRing; entryKeys: EntryKeys; registry: RoomRegistry; now: () => number },
) {
  app.get<{ Params: { roomId: string } }>(ROUTES.joinLink, async (request, reply) => {
    const { roomId } = request.params;
    const header = request.headers.authorization ?? '';
    const key = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const room = await deps.registry.store.findRoom(roomId);
    // Keys are checked against the room's current links: renewed ones retire the old keys here
    // too. An unknown room has no keys, so only a session token learns that it is not there.
    const generation = room?.linkGeneration ?? 0;
    const allowed =
      key !== '' &&
      ((room !== null && deps.keys.checkPresenterKey(roomId, key, generation)) ||
        (room !== null && deps.keys.checkFacilitatorKey(roomId, key, generation)) ||
        deps.keys.checkSessionToken(key, deps.now()));
    if (!allowed) {
      return sendError(reply, 401, { code: 'unauthorized', message: 'this link is not valid' });
    }
    if (!room) {
      return sendError(reply, 404, { code: 'unknown_room', message: 'there is no such room' });
    }
    const body: JoinLink = { token: deps.entryKeys.joinLinkToken(roomId) };
    return body;
  });
}

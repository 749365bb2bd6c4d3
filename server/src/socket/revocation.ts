import { MESSAGE_EVENT, protocolError, type RoomState } from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import type { RoomServer, SocketBinding } from './binding.js';
import type { RoomSocket } from './bind.js';

/**
 * Whether what a socket came in with no longer holds: a room link of an older generation than
 * the room's (its links were renewed), or a session token that was logged out. Checked when a
 * socket connects (a recovered session skips the handshake) and when either happens.
 */
export function isShutOut(binding: SocketBinding, state: RoomState, keys: KeyRing): boolean {
  if (binding.linkGeneration !== undefined && binding.linkGeneration !== state.linkGeneration) {
    return true;
  }
  return binding.sessionId !== undefined && keys.isLoggedOut(binding.sessionId);
}

/** Tells the socket why, then closes it; the client shows the refusal rather than reconnecting. */
export function shutOut(socket: RoomSocket): void {
  socket.emit(MESSAGE_EVENT, {
    v: 1,
    type: 'error',
    error: protocolError('unauthorized', 'this link or login is no longer valid'),
  });
  socket.disconnect(true);
}

/** Closes every socket whose binding the predicate picks. */
export function shutOutWhere(io: RoomServer, pick: (binding: SocketBinding) => boolean): void {
  for (const socket of io.sockets.sockets.values()) {
    const binding = socket.data.binding;
    if (binding && pick(binding)) shutOut(socket);
  }
}

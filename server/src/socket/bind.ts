import type { Socket } from 'socket.io';
import {
  MESSAGE_EVENT,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ProtocolError,
  type ServerToClientEvents,
} from '@samenspel/shared';
import type { RoomAuthority } from '../rooms/authority.js';
import { channel, channelFor, type SocketBinding, type SocketData } from './binding.js';
import type { RoomBroadcaster } from './broadcaster.js';
import { needsProgramme, programmeMessage, viewFor, viewMessage } from './views.js';

export type RoomSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** Puts a socket in its audience's channel, counts its presence and sends its first view. */
export function bind(
  socket: RoomSocket,
  authority: RoomAuthority,
  binding: SocketBinding,
  now: () => number,
  broadcaster?: RoomBroadcaster,
): void {
  socket.data.binding = binding;
  // Before joining the channel: the consoles there are brought up to date first (the
  // newcomer's updates start from its whole view).
  const live = binding.actor.kind === 'facilitator' ? broadcaster?.consoleJoins() : undefined;
  void socket.join(channelFor(binding));
  if (binding.actor.kind === 'participant') authority.connect(binding.actor.id);
  const state = authority.snapshot;
  // Once per connection, recovered ones too: the views after it carry only the live state.
  if (needsProgramme(binding.actor)) socket.emit(MESSAGE_EVENT, programmeMessage(state));
  const view = live ?? viewFor(state, binding.actor);
  socket.emit(MESSAGE_EVENT, viewMessage(state, view, now()));
}

/** Moves a socket to another identity in the same room (a guest who joined, a participant who left). */
export function rebind(
  socket: RoomSocket,
  authority: RoomAuthority,
  actor: SocketBinding['actor'],
  now: () => number,
): void {
  // A socket that dropped while its command was handled has already been counted out.
  if (socket.disconnected) return;
  const old = socket.data.binding!;
  void socket.leave(channelFor(old));
  if (old.actor.kind === 'participant') authority.disconnect(old.actor.id);
  bind(socket, authority, { roomId: old.roomId, actor }, now);
}

/**
 * After a leave or a removal, every tab of that participant becomes a guest again, not only the
 * one that left. `notice` is sent to each first, so a phone is told why (a removal by the
 * facilitator) before its guest view arrives.
 */
export async function unbindEverywhere(
  socket: RoomSocket,
  authority: RoomAuthority,
  participantId: string,
  now: () => number,
  notice?: ProtocolError,
): Promise<void> {
  const roomId = authority.roomId;
  const sockets = await socket.nsp.in(channel.participant(roomId, participantId)).fetchSockets();
  for (const other of sockets) {
    const local = socket.nsp.sockets.get(other.id) as RoomSocket | undefined;
    if (!local) continue;
    if (notice) local.emit(MESSAGE_EVENT, { v: PROTOCOL_VERSION, type: 'error', error: notice });
    rebind(local, authority, { kind: 'guest' }, now);
  }
}

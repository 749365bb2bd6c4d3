import type { Socket } from 'socket.io';
import {
  CLOCK_EVENT,
  COMMAND_EVENT,
  MESSAGE_EVENT,
  protocolError,
  type ClientToServerEvents,
  type ProtocolError,
  type ServerToClientEvents,
} from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { RoomAuthority } from '../rooms/authority.js';
import { channelFor, type RoomServer, type SocketBinding, type SocketData } from './binding.js';
import { RoomBroadcaster } from './broadcaster.js';
import { guardCommand } from './command-guard.js';
import { resolveHandshake } from './handshake.js';
import { viewFor, viewMessage } from './views.js';

export interface GatewayDeps {
  keys: KeyRing;
  registry: RoomRegistry;
  now: () => number;
  staffIntervalMs: number;
  onError: (error: unknown) => void;
}

type RoomSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** Wires Socket.IO to the rooms: who a socket is, its commands, and the views it is sent. */
export function attachGateway(io: RoomServer, deps: GatewayDeps): { close(): void } {
  const broadcasters = new Map<string, RoomBroadcaster>();
  const watch = (authority: RoomAuthority) => {
    if (broadcasters.has(authority.roomId)) return;
    broadcasters.set(
      authority.roomId,
      new RoomBroadcaster(io, authority, deps.now, deps.staffIntervalMs),
    );
  };
  deps.registry.liveRooms.forEach(watch);
  deps.registry.onLoaded(watch);

  io.use((socket: RoomSocket, next) => {
    resolveHandshake(socket.handshake.auth, deps).then(
      (result) => {
        if (!result.ok) return next(handshakeError(result.error));
        socket.data.binding = result.binding;
        next();
      },
      (error: unknown) => {
        deps.onError(error);
        next(
          handshakeError(
            protocolError('internal_error', 'the server could not check this connection'),
          ),
        );
      },
    );
  });

  io.on('connection', (socket: RoomSocket) => {
    void onConnection(socket, deps).catch((error: unknown) => {
      deps.onError(error);
      socket.disconnect(true);
    });
  });

  return {
    close() {
      for (const broadcaster of broadcasters.values()) broadcaster.close();
      broadcasters.clear();
    },
  };
}

async function onConnection(socket: RoomSocket, deps: GatewayDeps): Promise<void> {
  const binding = socket.data.binding;
  if (!binding) throw new Error('socket without binding');
  const authority = await deps.registry.get(binding.roomId);
  if (!authority) {
    socket.disconnect(true);
    return;
  }
  bind(socket, authority, binding, deps.now);

  socket.on(CLOCK_EVENT, (ack) => {
    if (typeof ack === 'function') ack({ serverNow: deps.now() });
  });

  socket.on(COMMAND_EVENT, (payload, ack) => {
    // A client may leave out the acknowledgement; the command still counts.
    const reply: typeof ack = typeof ack === 'function' ? ack : () => undefined;
    const current = socket.data.binding!;
    const guarded = guardCommand(payload, current.actor);
    if (!guarded.ok) return reply({ ok: false, error: guarded.error });
    authority.submit(current.actor, guarded.command).then(
      (result) => {
        if (result.ok && result.join && current.actor.kind === 'guest') {
          rebind(
            socket,
            authority,
            { kind: 'participant', id: result.join.participantId },
            deps.now,
          );
        } else if (result.ok && guarded.command.type === 'leave') {
          rebind(socket, authority, { kind: 'guest' }, deps.now);
        }
        reply(result);
      },
      (error: unknown) => {
        deps.onError(error);
        reply({
          ok: false,
          error: protocolError('internal_error', 'something went wrong; try again'),
        });
      },
    );
  });

  socket.on('disconnect', () => {
    const actor = socket.data.binding?.actor;
    if (actor?.kind === 'participant') authority.disconnect(actor.id);
  });
}

/** Puts a socket in its audience's channel, counts its presence and sends its first view. */
function bind(
  socket: RoomSocket,
  authority: RoomAuthority,
  binding: SocketBinding,
  now: () => number,
): void {
  socket.data.binding = binding;
  void socket.join(channelFor(binding));
  if (binding.actor.kind === 'participant') authority.connect(binding.actor.id);
  const state = authority.snapshot;
  socket.emit(MESSAGE_EVENT, viewMessage(state, viewFor(state, binding.actor), now()));
}

function rebind(
  socket: RoomSocket,
  authority: RoomAuthority,
  actor: SocketBinding['actor'],
  now: () => number,
): void {
  const old = socket.data.binding!;
  void socket.leave(channelFor(old));
  if (old.actor.kind === 'participant') authority.disconnect(old.actor.id);
  bind(socket, authority, { roomId: old.roomId, actor }, now);
}

function handshakeError(error: ProtocolError): Error & { data: ProtocolError } {
  // Socket.IO hands `message` and `data` to the client's connect_error.
  return Object.assign(new Error(error.code), { data: error });
}

import { CLOCK_EVENT, COMMAND_EVENT, protocolError, type ProtocolError } from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { RoomAuthority } from '../rooms/authority.js';
import type { RoomServer } from './binding.js';
import { bind, rebind, unbindEverywhere, type RoomSocket } from './bind.js';
import { RoomBroadcaster } from './broadcaster.js';
import { guardCommand } from './command-guard.js';
import { resolveHandshake } from './handshake.js';
import { TokenBucket } from './rate-limit.js';

/** A phone tapping through a stellingenlijst sends a few commands a second at most. */
const COMMAND_BURST = 30;
const COMMANDS_PER_SECOND = 10;

export interface GatewayDeps {
  keys: KeyRing;
  registry: RoomRegistry;
  now: () => number;
  staffIntervalMs: number;
  onError: (error: unknown) => void;
}

/** Wires Socket.IO to the rooms: who a socket is, its commands, and the views it is sent. */
export interface Gateway {
  /** Rooms with at least one connection, of any audience. */
  roomsInUse(): Set<string>;
  close(): void;
}

export function attachGateway(io: RoomServer, deps: GatewayDeps): Gateway {
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
  deps.registry.onUnloaded((roomId) => {
    broadcasters.get(roomId)?.close();
    broadcasters.delete(roomId);
  });
  // A deleted session takes its connections with it.
  deps.registry.onRemoved((roomId) => {
    for (const socket of io.sockets.sockets.values()) {
      if (socket.data.binding?.roomId === roomId) socket.disconnect(true);
    }
  });

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
    roomsInUse() {
      const rooms = new Set<string>();
      for (const socket of io.sockets.sockets.values()) {
        const roomId = socket.data.binding?.roomId;
        if (roomId !== undefined) rooms.add(roomId);
      }
      return rooms;
    },
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

  const bucket = new TokenBucket(COMMAND_BURST, COMMANDS_PER_SECOND, deps.now());
  let joining = false;

  socket.on(COMMAND_EVENT, (payload, ack) => {
    // A client may leave out the acknowledgement; the command still counts.
    const reply: typeof ack = typeof ack === 'function' ? ack : () => undefined;
    if (!bucket.take(deps.now())) {
      return reply({
        ok: false,
        error: protocolError('rate_limited', 'too many actions at once; wait a moment'),
      });
    }
    const current = socket.data.binding!;
    const guarded = guardCommand(payload, current.actor);
    if (!guarded.ok) return reply({ ok: false, error: guarded.error });
    const command = guarded.command;
    if (command.type === 'join') {
      // Two joins in flight from one socket would leave a second, ghost participant behind.
      if (joining) {
        return reply({ ok: false, error: protocolError('invalid_state', 'already joining') });
      }
      joining = true;
    }
    authority.submit(current.actor, command).then(
      (result) => {
        if (command.type === 'join') joining = false;
        if (result.ok && result.join && current.actor.kind === 'guest') {
          rebind(
            socket,
            authority,
            { kind: 'participant', id: result.join.participantId },
            deps.now,
          );
        } else if (result.ok && command.type === 'leave' && current.actor.kind === 'participant') {
          void unbindEverywhere(socket, authority, current.actor.id, deps.now);
        }
        reply(result);
      },
      (error: unknown) => {
        if (command.type === 'join') joining = false;
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

function handshakeError(error: ProtocolError): Error & { data: ProtocolError } {
  // Socket.IO hands `message` and `data` to the client's connect_error.
  return Object.assign(new Error(error.code), { data: error });
}

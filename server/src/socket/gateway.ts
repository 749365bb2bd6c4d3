import {
  CLOCK_EVENT,
  COMMAND_EVENT,
  protocolError,
  type ClockRefusal,
  type ClockReply,
  type CommandAck,
} from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { IN_DOUBT, type RoomAuthority } from '../rooms/authority.js';
import type { ConnectionActor } from '../rooms/actor.js';
import type { RoomServer, SocketData } from './binding.js';
import { ViewRecoveryAdapter } from './recovery-adapter.js';
import { bind, rebind, unbindEverywhere, type RoomSocket } from './bind.js';
import { RoomBroadcaster } from './broadcaster.js';
import { guardCommand } from './command-guard.js';
import { viewFor, viewMessage } from './views.js';
import { RoomElsewhere } from '../rooms/room-ownership.js';
import { handshakeError, resolveHandshake } from './handshake.js';
import { isShutOut, shutOut, shutOutWhere } from './revocation.js';
import { SocketLimits, type Taken } from './limits.js';
import type { EntryKeys } from '../auth/entry-keys.js';
import type { CodeGate } from '../http/code-gate.js';
import type { AddressOf } from '../http/client-address.js';
import { DEVICE_COOKIE, readCookie } from '../http/cookies.js';

/** What a removed participant's phones are told before they become guests. */
const REMOVED = protocolError(
  'participant_removed',
  'the facilitator took you out of this session',
);

export interface GatewayDeps {
  keys: KeyRing;
  registry: RoomRegistry;
  now: () => number;
  staffGapMs: number;
  /** A failure no answer can carry; with the room when the connection is bound to one. */
  onError: (error: unknown, roomId?: string) => void;
  /** Told of every command's answer, for the metrics: the type it claimed, and the ack. */
  onAnswered?: (type: unknown, ack: CommandAck) => void;
  /** Unknown join codes per address and device, shared with the HTTP lookup. */
  codeGate: CodeGate;
  entryKeys: EntryKeys;
  addressOf: AddressOf;
  /** Message budgets per connection and participant, and joins per address and room. */
  limits: SocketLimits;
}

/** Wires Socket.IO to the rooms: who a socket is, its commands, and the views it is sent. */
export interface Gateway {
  /** Rooms with at least one connection, of any audience. */
  roomsInUse(): Set<string>;
  /** A logout: every console that came in with this session token is closed. */
  endSession(tokenId: string): void;
  close(): void;
}

export function attachGateway(io: RoomServer, deps: GatewayDeps): Gateway {
  const broadcasters = new Map<string, RoomBroadcaster>();
  // Only into a room that is here now: one let go meanwhile (idle, or its log moved on) is
  // loaded by the handshake, before the socket can send anything.
  const adapter = io.of('/').adapter;
  if (adapter instanceof ViewRecoveryAdapter) {
    adapter.recoverable = (data) => {
      const roomId = (data as Partial<SocketData> | undefined)?.binding?.roomId;
      return roomId !== undefined && deps.registry.isLive(roomId);
    };
  }
  const unwatch = new Map<string, () => void>();
  const watch = (authority: RoomAuthority) => {
    if (broadcasters.has(authority.roomId)) return;
    broadcasters.set(
      authority.roomId,
      new RoomBroadcaster(io, authority, deps.now, deps.staffGapMs),
    );
    // Renewed links shut out every presenter and co-facilitator still on the old ones.
    unwatch.set(
      authority.roomId,
      authority.subscribe((events, state) => {
        if (!events.some((event) => event.type === 'links_renewed')) return;
        shutOutWhere(
          io,
          (binding) => binding.roomId === state.roomId && isShutOut(binding, state, deps.keys),
        );
      }),
    );
  };
  deps.registry.liveRooms.forEach(watch);
  deps.registry.onLoaded(watch);
  deps.registry.onUnloaded((roomId) => {
    broadcasters.get(roomId)?.close();
    broadcasters.delete(roomId);
    unwatch.get(roomId)?.();
    unwatch.delete(roomId);
  });
  // A room this node lost to another: its sockets are dropped, not refused, so that they
  // reconnect at once, through the proxy, to the node that runs it now.
  deps.registry.onLost((roomId) => {
    for (const socket of io.sockets.sockets.values()) {
      if (socket.data.binding?.roomId === roomId) socket.conn.close();
    }
  });
  // A deleted session takes its connections with it.
  deps.registry.onRemoved((roomId) => {
    for (const socket of io.sockets.sockets.values()) {
      if (socket.data.binding?.roomId === roomId) socket.disconnect(true);
    }
  });

  io.use((socket: RoomSocket, next) => {
    resolveHandshake(
      socket.handshake.auth,
      {
        address: deps.addressOf(socket.handshake.address, socket.handshake.headers),
        deviceCookie: readCookie(socket.handshake.headers.cookie, DEVICE_COOKIE),
      },
      deps,
    ).then(
      (result) => {
        if (!result.ok) return next(handshakeError(result.error));
        socket.data.binding = result.binding;
        next();
      },
      (error: unknown) => {
        // Moved between nodes as the socket came in: the client asks again in a moment.
        if (error instanceof RoomElsewhere) {
          return next(handshakeError(protocolError('room_elsewhere', error.message)));
        }
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
    void onConnection(socket, deps, (roomId) => broadcasters.get(roomId)).catch(
      (error: unknown) => {
        // Dropped rather than refused: the client reconnects to the node that runs the room.
        if (error instanceof RoomElsewhere) return socket.conn.close();
        deps.onError(error, socket.data.binding?.roomId);
        socket.disconnect(true);
      },
    );
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
    endSession(tokenId) {
      shutOutWhere(io, (binding) => binding.sessionId === tokenId);
    },
    close() {
      for (const broadcaster of broadcasters.values()) broadcaster.close();
      broadcasters.clear();
      for (const stop of unwatch.values()) stop();
      unwatch.clear();
    },
  };
}

async function onConnection(
  socket: RoomSocket,
  deps: GatewayDeps,
  broadcasterOf: (roomId: string) => RoomBroadcaster | undefined,
): Promise<void> {
  const binding = socket.data.binding;
  if (!binding) throw new Error('socket without binding');
  const authority = await deps.registry.get(binding.roomId);
  if (!authority) {
    socket.disconnect(true);
    return;
  }
  // A session recovered after a short drop skips the handshake: what it came in with may have
  // been renewed or logged out meanwhile.
  if (isShutOut(binding, authority.snapshot, deps.keys)) {
    shutOut(socket);
    return;
  }
  bind(socket, authority, binding, deps.now, broadcasterOf(binding.roomId));

  const address = deps.addressOf(socket.handshake.address, socket.handshake.headers);
  const limits = deps.limits.connection(deps.now());
  /** Every message takes from the budget; a socket that keeps flooding is closed. */
  const take = (): Taken => {
    const actor = socket.data.binding?.actor;
    const taken = limits.take(
      deps.now(),
      actor?.kind === 'participant' ? `${binding.roomId} ${actor.id}` : null,
    );
    if (!taken.ok && taken.drop) socket.disconnect(true);
    return taken;
  };

  // The acknowledgement is always the last argument, whatever a client put before it. Past
  // the budget a clock request is refused: the page's estimate keeps its other samples.
  socket.on(CLOCK_EVENT, (...args: unknown[]) => {
    const taken = take();
    const ack = args[args.length - 1];
    if (typeof ack !== 'function') return;
    (ack as (reply: ClockReply | ClockRefusal) => void)(
      taken.ok ? { serverNow: deps.now() } : { ok: false, error: taken.error },
    );
  });

  let joining = false;

  // An event we do not know, sent with an acknowledgement, is refused rather than left hanging.
  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (event === COMMAND_EVENT || event === CLOCK_EVENT) return;
    // Counted with or without an acknowledgement: a flood of them closes the socket too.
    const taken = take();
    const ack = args[args.length - 1];
    if (typeof ack !== 'function') return;
    const refusal = taken.ok
      ? protocolError('unknown_command', `there is no event "${String(event).slice(0, 40)}"`)
      : taken.error;
    (ack as (reply: CommandAck) => void)({ ok: false, error: refusal });
  });

  socket.on(COMMAND_EVENT, (...args: unknown[]) => {
    // A client may leave out the acknowledgement; the command still counts. When it is there,
    // it is the last argument, however many came before it.
    const last = args[args.length - 1];
    const acknowledge =
      typeof last === 'function' ? (last as (ack: CommandAck) => void) : () => undefined;
    const payloads = typeof last === 'function' ? args.slice(0, -1) : args;
    const reply = (ack: CommandAck) => {
      const claimed = (payloads[0] as { type?: unknown } | null | undefined)?.type;
      deps.onAnswered?.(claimed, ack);
      acknowledge(ack);
    };
    const taken = take();
    if (!taken.ok) return reply({ ok: false, error: taken.error });
    if (payloads.length !== 1) {
      return reply({
        ok: false,
        error: protocolError('invalid_payload', 'a command is sent as one object'),
      });
    }
    const payload = payloads[0];
    const current = socket.data.binding!;
    const guarded = guardCommand(payload, current.actor);
    if (!guarded.ok) return reply({ ok: false, error: guarded.error });
    const command = guarded.command;
    if (command.type === 'join') {
      // Two joins in flight from one socket would leave a second, ghost participant behind.
      if (joining) {
        return reply({ ok: false, error: protocolError('invalid_state', 'already joining') });
      }
      // Joins per network address and room are budgeted, so one script cannot stuff a ballot.
      const overBudget =
        current.actor.kind === 'guest'
          ? deps.limits.join(address, authority.roomId, deps.now())
          : null;
      if (overBudget) return reply({ ok: false, error: overBudget });
      joining = true;
    }
    authority.submit(current.actor, command).then(
      (result) => {
        if (command.type === 'join') joining = false;
        // Its socket is being closed; the phone sends it again to the room loaded afresh.
        if (result === IN_DOUBT) return;
        if (result.ok && result.join && current.actor.kind === 'guest') {
          rebind(
            socket,
            authority,
            { kind: 'participant', id: result.join.participantId },
            deps.now,
          );
        } else if (result.ok && command.type === 'leave' && current.actor.kind === 'participant') {
          void unbindEverywhere(socket, authority, current.actor.id, deps.now);
        } else if (result.ok && command.type === 'participant.remove') {
          void unbindEverywhere(socket, authority, command.participantId, deps.now, REMOVED);
        } else if (result.ok && isStillParticipant(socket, current.actor)) {
          // The phone's new view goes with the ack, rather than as a second message after it.
          const state = authority.snapshot;
          const view = viewMessage(state, viewFor(state, current.actor), deps.now());
          broadcasterOf(authority.roomId)?.sentWithAck(current.actor.id, socket.id);
          return reply({ ...result, view });
        }
        reply(result);
      },
      (error: unknown) => {
        if (command.type === 'join') joining = false;
        deps.onError(error, authority.roomId);
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

/** Whether the socket is connected and still bound to this participant (a leave elsewhere unbinds it). */
function isStillParticipant(
  socket: RoomSocket,
  actor: ConnectionActor,
): actor is Extract<ConnectionActor, { kind: 'participant' }> {
  const bound = socket.data.binding?.actor;
  return (
    socket.connected &&
    actor.kind === 'participant' &&
    bound?.kind === 'participant' &&
    bound.id === actor.id
  );
}

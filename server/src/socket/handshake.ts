import {
  HandshakeSchema,
  parseAtBoundary,
  protocolError,
  type ProtocolError,
} from '@samenspel/shared';
import { sessionTokenId, type KeyRing } from '../auth/keys.js';
import type { EntryKeys } from '../auth/entry-keys.js';
import type { CodeGate } from '../http/code-gate.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { SocketBinding } from './binding.js';

/**
 * Decides who a connecting socket is from its `auth` payload. A participant without a token is a
 * guest of the room until they join; a token that was not made for this room is refused.
 */
export async function resolveHandshake(
  auth: unknown,
  client: { address: string; deviceCookie: string | null },
  deps: {
    keys: KeyRing;
    entryKeys: EntryKeys;
    registry: RoomRegistry;
    now: () => number;
    codeGate: CodeGate;
  },
): Promise<{ ok: true; binding: SocketBinding } | { ok: false; error: ProtocolError }> {
  if (typeof auth === 'object' && auth !== null && 'v' in auth && auth.v !== 1) {
    return {
      ok: false,
      error: protocolError('unsupported_version', 'this app is out of date: reload the page', 'v'),
    };
  }
  const parsed = parseAtBoundary(HandshakeSchema, withoutRecoveryFields(auth));
  if (!parsed.ok) return parsed;
  const hello = parsed.value;
  const { keys, registry } = deps;

  if (hello.role === 'participant') {
    const authority = await registry.findByCode(hello.code);
    const participantId =
      authority && hello.token !== undefined
        ? keys.participantFromToken(authority.roomId, hello.token)
        : null;
    // A phone already in the room (its token) or one that came through the QR link (its room's
    // token) is no guess. Anyone else is refused once their device, or their network without a
    // device, guessed too many codes, whatever code they send, so a right one reads as a wrong one.
    const linked =
      authority !== null &&
      hello.link !== undefined &&
      deps.entryKeys.checkJoinLinkToken(authority.roomId, hello.link);
    const gate =
      participantId === null && !linked
        ? deps.codeGate.admit(client.address, client.deviceCookie, deps.now(), false)
        : null;
    if (gate && gate.waitMs > 0) {
      return {
        ok: false,
        error: {
          ...protocolError('rate_limited', 'too many unknown codes from this network; wait'),
          retryAfterMs: gate.waitMs,
        },
      };
    }
    if (!authority) {
      if (gate) deps.codeGate.fail(client.address, gate.device, deps.now());
      return {
        ok: false,
        error: protocolError('unknown_code', 'there is no session with this code', 'code'),
      };
    }
    const roomId = authority.roomId;
    if (hello.token === undefined)
      return { ok: true, binding: { roomId, actor: { kind: 'guest' } } };
    const participant = participantId ? authority.snapshot.participants[participantId] : undefined;
    if (!participantId || !participant) {
      return {
        ok: false,
        error: protocolError('invalid_token', 'this phone is not known in this room', 'token'),
      };
    }
    if (participant.presence === 'removed') {
      return {
        ok: false,
        error: protocolError(
          'participant_removed',
          'the facilitator took you out of this session',
          'token',
        ),
      };
    }
    if (participant.presence === 'left') {
      return {
        ok: false,
        error: protocolError('participant_left', 'you left this session', 'token'),
      };
    }
    return { ok: true, binding: { roomId, actor: { kind: 'participant', id: participantId } } };
  }

  // Keys are checked first: they need no room in memory (the link generation is in the room
  // index), so a bad key loads nothing.
  const generation = (await registry.store.findRoom(hello.roomId))?.linkGeneration ?? 0;
  const binding: SocketBinding = { roomId: hello.roomId, actor: { kind: hello.role } };
  if (hello.role === 'presenter') {
    if (!keys.checkPresenterKey(hello.roomId, hello.key, generation)) {
      return {
        ok: false,
        error: protocolError('unauthorized', 'this presenter link is not valid', 'key'),
      };
    }
    binding.linkGeneration = generation;
  } else if (keys.checkFacilitatorKey(hello.roomId, hello.key, generation)) {
    binding.linkGeneration = generation;
  } else if (keys.checkSessionToken(hello.key, deps.now())) {
    binding.sessionId = sessionTokenId(hello.key);
  } else {
    return { ok: false, error: protocolError('unauthorized', 'log in as facilitator', 'key') };
  }
  const authority = await registry.get(hello.roomId);
  if (!authority) {
    return { ok: false, error: protocolError('unknown_room', 'there is no such room', 'roomId') };
  }
  return { ok: true, binding };
}

/** A refusal as Socket.IO hands it to the client's connect_error: `message` is the code. */
export function handshakeError(error: ProtocolError): Error & { data: ProtocolError } {
  return Object.assign(new Error(error.code), { data: error });
}

/**
 * A client that had a session id from connection state recovery adds `pid` and `offset` to its
 * auth on every reconnect. When the session cannot be recovered (a restarted server, or longer
 * away than maxDisconnectionDuration) the handshake is checked again with them in it; they belong
 * to Socket.IO, not to our protocol, so they are set aside before the strict check, or every
 * phone coming back after a crash or a long outage would be refused.
 */
function withoutRecoveryFields(auth: unknown): unknown {
  if (typeof auth !== 'object' || auth === null || Array.isArray(auth)) return auth;
  return Object.fromEntries(
    Object.entries(auth).filter(([key]) => key !== 'pid' && key !== 'offset'),
  );
}

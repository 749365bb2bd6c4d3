import {
  HandshakeSchema,
  parseAtBoundary,
  protocolError,
  type ProtocolError,
} from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import type { AddressLimiter } from '../http/address-limiter.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { SocketBinding } from './binding.js';

/**
 * Decides who a connecting socket is from its `auth` payload. A participant without a token is a
 * guest of the room until they join; a token that was not made for this room is refused.
 */
export async function resolveHandshake(
  auth: unknown,
  address: string,
  deps: { keys: KeyRing; registry: RoomRegistry; now: () => number; codeGuesses: AddressLimiter },
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
    // An address that guessed too many codes is refused whatever code it sends, so it cannot
    // tell a right one from a wrong one; a phone already in the room (its token) still gets back.
    if (participantId === null && deps.codeGuesses.waitMs(address, deps.now()) > 0) {
      return {
        ok: false,
        error: protocolError('rate_limited', 'too many unknown codes from this network; wait'),
      };
    }
    if (!authority) {
      deps.codeGuesses.fail(address, deps.now());
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

  // Keys are checked first: they need no room in memory, so a bad key loads nothing.
  if (hello.role === 'presenter' && !keys.checkPresenterKey(hello.roomId, hello.key)) {
    return {
      ok: false,
      error: protocolError('unauthorized', 'this presenter link is not valid', 'key'),
    };
  }
  if (
    hello.role === 'facilitator' &&
    !keys.checkFacilitatorKey(hello.roomId, hello.key) &&
    !keys.checkSessionToken(hello.key, deps.now())
  ) {
    return { ok: false, error: protocolError('unauthorized', 'log in as facilitator', 'key') };
  }
  const authority = await registry.get(hello.roomId);
  if (!authority) {
    return { ok: false, error: protocolError('unknown_room', 'there is no such room', 'roomId') };
  }
  return { ok: true, binding: { roomId: hello.roomId, actor: { kind: hello.role } } };
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

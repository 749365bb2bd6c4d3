import {
  CommandSchema,
  FACILITATOR_COMMAND_TYPES,
  PARTICIPANT_COMMAND_TYPES,
  parseAtBoundary,
  protocolError,
  type Command,
  type ProtocolError,
} from '@samenspel/shared';
import type { ConnectionActor } from '../rooms/actor.js';

/**
 * Checks an incoming command before the authority sees it: the protocol version, a known type,
 * whether this connection may send it at all, and then the full schema.
 */
export function guardCommand(
  payload: unknown,
  actor: ConnectionActor,
): { ok: true; command: Command } | { ok: false; error: ProtocolError } {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, error: protocolError('invalid_payload', 'a command is an object') };
  }
  const record = payload as Record<string, unknown>;
  if (record.v !== 1) {
    return {
      ok: false,
      error: protocolError('unsupported_version', 'this app is out of date: reload the page', 'v'),
    };
  }
  const type = typeof record.type === 'string' ? record.type : '';
  const forFacilitator = FACILITATOR_COMMAND_TYPES.has(type);
  if (!forFacilitator && !PARTICIPANT_COMMAND_TYPES.has(type)) {
    return {
      ok: false,
      error: protocolError('unknown_command', `there is no command "${type.slice(0, 40)}"`, 'type'),
    };
  }
  if (forFacilitator && actor.kind !== 'facilitator') {
    return {
      ok: false,
      error: protocolError('not_facilitator', 'only the facilitator can do this'),
    };
  }
  // Its answer is the new links: only the passphrase's login may ask (over HTTP), never a
  // co-facilitator's socket, which could otherwise keep itself in after being shut out.
  if (type === 'links.renew') {
    return {
      ok: false,
      error: protocolError('unauthorized', 'renew the links from the room list, logged in'),
    };
  }
  if (!forFacilitator && actor.kind !== 'guest' && actor.kind !== 'participant') {
    return { ok: false, error: protocolError('not_participant', 'only a participant can do this') };
  }
  const parsed = parseAtBoundary(CommandSchema, payload);
  return parsed.ok ? { ok: true, command: parsed.value } : parsed;
}

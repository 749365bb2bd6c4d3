import { z } from 'zod/mini';

/** Every refusal is one of these codes, with a human-readable message and, where it helps, the field. */
export const ERROR_CODES = [
  'invalid_payload',
  'unsupported_version',
  'unknown_command',
  'not_facilitator',
  'not_participant',
  'not_joined',
  'already_joined',
  'unknown_room',
  'unknown_code',
  'unknown_block',
  'unknown_scenario',
  'invalid_token',
  'invalid_state',
  'room_ended',
  'participant_left',
  /** The facilitator took this participant out of the session. */
  'participant_removed',
  'unknown_participant',
  /** The room takes no new participants for now. */
  'room_closed',
  /** Between two meetings: the room rests until the next one starts. */
  'room_resting',
  'rate_limited',
  'forbidden_origin',
  'not_found',
  'unauthorized',
  'storage_error',
  /** A self-test code that was never given out, or has expired. */
  'unknown_self_test',
  /** A self-test code already carried into a room. */
  'self_test_used',
  /** An import of a log that is already in the library. */
  'already_imported',
  /** A programme save on top of a version that is no longer the latest: nothing was written. */
  'version_conflict',
  /** A programme that the checker refuses where a checked one is needed (a room, an import). */
  'invalid_scenario',
  /** A shipped template: it can be duplicated, never changed in place. */
  'read_only',
  /** The room runs on another server of a cluster (the proxy normally sends the request there). */
  'room_elsewhere',
  'internal_error',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);

/**
 * Refusals that say nothing about the client or the room, only about this moment (the room
 * moving between the nodes of a cluster, a node that could not reach its database): a client
 * refused its handshake with one of these asks again shortly; with any other it stops.
 */
export const PASSING_REFUSALS: ReadonlySet<string> = new Set([
  'room_elsewhere',
  'internal_error',
  'storage_error',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ProtocolErrorSchema = z.strictObject({
  code: ErrorCodeSchema,
  message: z.string(),
  /** The offending field, as a dotted path, for invalid_payload. */
  field: z.optional(z.string()),
  /** For `rate_limited`: how long to wait before trying again, in milliseconds. */
  retryAfterMs: z.optional(z.int().check(z.nonnegative())),
});
export type ProtocolError = z.infer<typeof ProtocolErrorSchema>;

export function protocolError(code: ErrorCode, message: string, field?: string): ProtocolError {
  return field === undefined ? { code, message } : { code, message, field };
}

/** Thrown inside the server's decision code; caught at the boundary and sent as a ProtocolError. */
export class CommandRefused extends Error {
  override name = 'CommandRefused';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
  toProtocolError(): ProtocolError {
    return protocolError(this.code, this.message, this.field);
  }
}

import { z } from 'zod';
import { ProtocolErrorSchema } from './errors.js';
import { ViewSchema } from './views.js';

/** Socket.IO event names: one for commands (client → server, with ack), one for messages back. */
export const COMMAND_EVENT = 'command';
export const MESSAGE_EVENT = 'message';
export const CLOCK_EVENT = 'clock';

/**
 * How a socket says who it is, in Socket.IO's `auth` on connect.
 * A participant names the room by its join code; facilitator and presenter by id and key.
 */
export const HandshakeSchema = z.discriminatedUnion('role', [
  z.strictObject({
    v: z.literal(1),
    role: z.literal('participant'),
    code: z.string().max(20),
    token: z.string().max(200).optional(),
    /** The room-bound token of the presenter's QR link (`#t=`), which no guessing limit blocks. */
    link: z.string().max(100).optional(),
  }),
  z.strictObject({
    v: z.literal(1),
    role: z.literal('facilitator'),
    roomId: z.string().max(64),
    /** The room's facilitator key, or a facilitator session token from the passphrase login. */
    key: z.string().max(400),
  }),
  z.strictObject({
    v: z.literal(1),
    role: z.literal('presenter'),
    roomId: z.string().max(64),
    key: z.string().max(200),
  }),
]);
export type Handshake = z.infer<typeof HandshakeSchema>;

export const JoinResultSchema = z.strictObject({ participantId: z.string(), token: z.string() });
export type JoinResult = z.infer<typeof JoinResultSchema>;

/** A whole view of the room for one connection, at the room's `seq`. */
export const ViewMessageSchema = z.strictObject({
  v: z.literal(1),
  type: z.literal('view'),
  seq: z.number().int(),
  serverNow: z.number(),
  view: ViewSchema,
});
export type ViewMessage = z.infer<typeof ViewMessageSchema>;

/** The reply to every command, through Socket.IO's acknowledgement. */
export const CommandAckSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    /** The room's seq after this command; a retried command gets the original's. */
    seq: z.number().int(),
    join: JoinResultSchema.optional(),
    /**
     * A participant's own view as the command left it: the phone sees its answer confirmed and
     * shown in one message, and the server sends one message per vote instead of two.
     */
    view: ViewMessageSchema.optional(),
  }),
  z.strictObject({ ok: z.literal(false), error: ProtocolErrorSchema }),
]);
export type CommandAck = z.infer<typeof CommandAckSchema>;

/** Messages the server pushes. The view is always whole, so a client never has to patch. */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  ViewMessageSchema,
  z.strictObject({ v: z.literal(1), type: z.literal('error'), error: ProtocolErrorSchema }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

export const ClockReplySchema = z.strictObject({ serverNow: z.number() });
export type ClockReply = z.infer<typeof ClockReplySchema>;
/** The answer to a clock request past the connection's budget; the page skips that sample. */
export const ClockRefusalSchema = z.strictObject({
  ok: z.literal(false),
  error: ProtocolErrorSchema,
});
export type ClockRefusal = z.infer<typeof ClockRefusalSchema>;

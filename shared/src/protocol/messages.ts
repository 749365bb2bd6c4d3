import { z } from 'zod/mini';
import { ProtocolErrorSchema } from './errors.js';
import { ScenarioSchema, type Scenario } from '../scenario/schema.js';
import { WireViewSchema, type FacilitatorView, type View, type WireView } from './views.js';
import { applyConsolePatch, ConsolePatchSchema } from './console-patch.js';

/** Socket.IO event names: one for commands (client → server, with ack), one for messages back. */
export const COMMAND_EVENT = 'command';
export const MESSAGE_EVENT = 'message';
export const CLOCK_EVENT = 'clock';
/**
 * The query parameter of a socket's URL naming its room (a join code, or a room id): on a
 * cluster, a node answers 503 before the handshake when another node runs the room, so the
 * proxy sends the connection on (server/src/socket/room-routing.ts).
 */
export const ROOM_HINT_PARAM = 'room';

/**
 * How a socket says who it is, in Socket.IO's `auth` on connect.
 * A participant names the room by its join code; facilitator and presenter by id and key.
 */
export const HandshakeSchema = z.discriminatedUnion('role', [
  z.strictObject({
    v: z.literal(1),
    role: z.literal('participant'),
    code: z.string().check(z.maxLength(20)),
    token: z.optional(z.string().check(z.maxLength(200))),
    /** The room-bound token of the presenter's QR link (`#t=`), which no guessing limit blocks. */
    link: z.optional(z.string().check(z.maxLength(100))),
  }),
  z.strictObject({
    v: z.literal(1),
    role: z.literal('facilitator'),
    roomId: z.string().check(z.maxLength(64)),
    /** The room's facilitator key, or a facilitator session token from the passphrase login. */
    key: z.string().check(z.maxLength(400)),
  }),
  z.strictObject({
    v: z.literal(1),
    role: z.literal('presenter'),
    roomId: z.string().check(z.maxLength(64)),
    key: z.string().check(z.maxLength(200)),
  }),
]);
export type Handshake = z.infer<typeof HandshakeSchema>;

/** The socket URL's query naming the handshake's room (ROOM_HINT_PARAM), for a cluster's proxy. */
export function roomHintQuery(hello: Handshake): Record<string, string> {
  return { [ROOM_HINT_PARAM]: hello.role === 'participant' ? hello.code : hello.roomId };
}

export const JoinResultSchema = z.strictObject({ participantId: z.string(), token: z.string() });
export type JoinResult = z.infer<typeof JoinResultSchema>;

/** A whole view of the room for one connection, at the room's `seq`. */
export const ViewMessageSchema = z.strictObject({
  v: z.literal(1),
  type: z.literal('view'),
  seq: z.int(),
  serverNow: z.number(),
  view: WireViewSchema,
});
export type ViewMessage = z.infer<typeof ViewMessageSchema>;

/**
 * The room's programme, sent to a console before its first view on every connection (and
 * again should the programme change): the views after it carry only the live state.
 */
export const ProgrammeMessageSchema = z.strictObject({
  v: z.literal(1),
  type: z.literal('programme'),
  scenario: ScenarioSchema,
});
export type ProgrammeMessage = z.infer<typeof ProgrammeMessageSchema>;

/**
 * A console's update: what changed since the update at `base` (see `ConsolePatch`). A console
 * gets its whole live state in a view message when it connects, then these.
 */
export const ConsoleMessageSchema = z.strictObject({
  v: z.literal(1),
  type: z.literal('console'),
  seq: z.int(),
  /** The seq of the update this one follows: a console holding this seq or a later one applies it. */
  base: z.int(),
  serverNow: z.number(),
  patch: ConsolePatchSchema,
});
export type ConsoleMessage = z.infer<typeof ConsoleMessageSchema>;

/**
 * The console's view after an update, from the view it shows at `seq`: `stale` when the view
 * is already as new, `waiting` while it has no console view (a reconnect's whole view is on
 * its way), `gap` when an update between was never shown or the patch does not fit (which a
 * server never causes).
 */
export function patchedView(
  view: View | null,
  seq: number | null,
  message: ConsoleMessage,
): FacilitatorView | 'stale' | 'waiting' | 'gap' {
  if (view?.role !== 'facilitator' || seq === null) return 'waiting';
  if (message.seq <= seq) return 'stale';
  if (seq < message.base) return 'gap';
  const { scenario, ...live } = view;
  const next = applyConsolePatch(live, message.patch);
  return next === null ? 'gap' : { ...next, scenario };
}

/**
 * The view a screen shows for a view it was sent: the console's live state joined with the
 * programme its connection was sent; null for a console view before any programme, which a
 * server never sends.
 */
export function showView(view: WireView, programme: Scenario | null): View | null {
  if (view.role !== 'facilitator') return view;
  return programme === null ? null : { ...view, scenario: programme };
}

/** The reply to every command, through Socket.IO's acknowledgement. */
export const CommandAckSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    /** The room's seq after this command; a retried command gets the original's. */
    seq: z.int(),
    join: z.optional(JoinResultSchema),
    /**
     * A participant's own view as the command left it: the phone sees its answer confirmed and
     * shown in one message, and the server sends one message per vote instead of two.
     */
    view: z.optional(ViewMessageSchema),
  }),
  z.strictObject({ ok: z.literal(false), error: ProtocolErrorSchema }),
]);
export type CommandAck = z.infer<typeof CommandAckSchema>;

/**
 * Messages the server pushes. Each view is whole (a console's with the programme it was sent
 * once), so a client never has to patch.
 */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  ViewMessageSchema,
  ProgrammeMessageSchema,
  ConsoleMessageSchema,
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

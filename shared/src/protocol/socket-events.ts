import type { ClockRefusal, ClockReply, CommandAck, ServerMessage } from './messages.js';

/**
 * Socket.IO's typed event maps, for `Server<...>` and `Socket<...>` on both sides. Incoming
 * payloads are typed `unknown` on the server on purpose: they are parsed, never trusted.
 */
export interface ServerToClientEvents {
  message: (message: ServerMessage) => void;
}

export interface ClientToServerEvents {
  command: (command: unknown, ack: (ack: CommandAck) => void) => void;
  clock: (ack: (reply: ClockReply | ClockRefusal) => void) => void;
}

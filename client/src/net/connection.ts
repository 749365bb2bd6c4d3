import { io, type Socket } from 'socket.io-client';
import {
  ClockReplySchema,
  CLOCK_EVENT,
  COMMAND_EVENT,
  MESSAGE_EVENT,
  PASSING_REFUSALS,
  roomHintQuery,
  ServerMessageSchema,
  type Handshake,
  type ServerMessage,
} from '@samenspel/shared';
import { keepClockInStep, type ClockEstimate } from './clock';
import {
  CommandQueue,
  type CommandDraft,
  type CommandOutcome,
  type PendingCommand,
} from './commandQueue';

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline';

export const COMMAND_ACK_TIMEOUT_MS = 8000;
const CLOCK_TIMEOUT_MS = 5000;
/** How long a phone waits before asking again after a refusal that passes (PASSING_REFUSALS). */
const MOVED_RETRY_MS = 1000;

/** What a connection tells the rest of the app. */
export interface ConnectionListener {
  status(status: ConnectionStatus): void;
  message(message: ServerMessage, receivedAt: number): void;
  clock(estimate: ClockEstimate): void;
  pending(pending: PendingCommand[]): void;
  /** The server refused the handshake (for example `invalid_token`); no retry follows. */
  refused(reason: string): void;
  /** A message did not match the contract: most likely this page is older than the server. */
  unreadable(): void;
}

export interface RoomConnection {
  send(draft: CommandDraft): Promise<CommandOutcome>;
  /** Drops the socket and connects again, asking `auth` anew (say, with a new token). */
  reconnect(): void;
  close(): void;
}

/**
 * Opens one socket to the room. `auth` is asked on every (re)connect, so a token stored after
 * joining is used the next time the phone comes back.
 */
export function openRoomConnection(
  auth: () => Handshake,
  listener: ConnectionListener,
): RoomConnection {
  // The room stays the same for the connection's life, whatever the token.
  const first = auth();
  const socket: Socket = io({
    auth: (callback) => callback(auth()),
    // Which room, for a server cluster's nodes to tell before the handshake whether the room
    // runs on them (ROOM_HINT_PARAM): a node that does not run it lets the proxy try the next.
    query: roomHintQuery(first),
    transports: ['websocket', 'polling'],
    // A venue proxy that blocks WebSockets must not leave phones reconnecting forever.
    tryAllTransports: true,
    forceNew: true,
  });
  let closing = false;

  const queue = new CommandQueue(
    {
      isConnected: () => socket.connected,
      emit: (command) => socket.timeout(COMMAND_ACK_TIMEOUT_MS).emitWithAck(COMMAND_EVENT, command),
    },
    {
      onChange: (pending) => listener.pending(pending),
      onView: (message, receivedAt) => listener.message(message, receivedAt),
    },
  );

  const askServerNow = async (): Promise<number> => {
    const reply: unknown = await socket.timeout(CLOCK_TIMEOUT_MS).emitWithAck(CLOCK_EVENT);
    // A refusal (too many requests at once) fails the parse, and the sample is skipped.
    return ClockReplySchema.parse(reply).serverNow;
  };

  listener.status('connecting');

  let stopClock: (() => void) | null = null;
  socket.on('connect', () => {
    listener.status('online');
    queue.flush();
    stopClock?.();
    stopClock = keepClockInStep(askServerNow, (estimate) => {
      if (!closing) listener.clock(estimate);
    });
  });

  socket.on('disconnect', (reason) => {
    stopClock?.();
    stopClock = null;
    if (closing || reason === 'io client disconnect') return;
    // Only a server-side disconnect is final; everything else reconnects by itself.
    listener.status(reason === 'io server disconnect' ? 'offline' : 'reconnecting');
  });

  socket.on('connect_error', (error: Error) => {
    if (closing) return;
    if (socket.active) {
      listener.status('reconnecting');
    } else if (PASSING_REFUSALS.has(error.message)) {
      // The room was moving between servers as this socket came in, or the server could not
      // check it just now (its database away): neither is an answer, so it asks again.
      listener.status('reconnecting');
      setTimeout(
        () => {
          if (!closing && !socket.connected) socket.connect();
        },
        MOVED_RETRY_MS + Math.random() * MOVED_RETRY_MS,
      );
    } else {
      listener.status('offline');
      listener.refused(error.message);
    }
  });

  socket.on(MESSAGE_EVENT, (raw: unknown) => {
    const receivedAt = Date.now();
    const parsed = ServerMessageSchema.safeParse(raw);
    if (parsed.success) {
      listener.message(parsed.data, receivedAt);
    } else {
      console.warn('samenspel: ignored an unreadable server message', parsed.error.issues);
      listener.unreadable();
    }
  });

  // The browser knows about a lost network long before the socket's ping times out.
  const onBrowserOffline = () => {
    if (!closing) listener.status('reconnecting');
  };
  const onBrowserOnline = () => {
    if (!closing && socket.connected) listener.status('online');
  };
  window.addEventListener('offline', onBrowserOffline);
  window.addEventListener('online', onBrowserOnline);

  return {
    send: (draft) => queue.send(draft),
    reconnect() {
      if (closing) return;
      listener.status('connecting');
      if (socket.connected) socket.disconnect();
      socket.connect();
    },
    close() {
      closing = true;
      stopClock?.();
      window.removeEventListener('offline', onBrowserOffline);
      window.removeEventListener('online', onBrowserOnline);
      queue.close();
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}

import { io, type Socket } from 'socket.io-client';
import {
  COMMAND_EVENT,
  MESSAGE_EVENT,
  type ClientToServerEvents,
  type CommandAck,
  type ParticipantView,
  type ServerMessage,
  type ServerToClientEvents,
  type ViewMessage,
  PASSING_REFUSALS,
  roomHintQuery,
} from '@samenspel/shared';
import { newCommandId, newDeviceSecret, participantAuth } from './client.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** As long as the real client waits for an ack while connected (COMMAND_ACK_TIMEOUT_MS). */
const ACK_TIMEOUT_MS = 8000;

interface Waiting {
  command: Record<string, unknown> & { id: string };
  inFlight: boolean;
}

/**
 * A phone that behaves like the real client (client/src/net/connection.ts, commandQueue.ts):
 * its socket reconnects by itself, with the participant token once it has one, and every
 * command not yet acknowledged is sent again on (re)connect with the same id, in the order it
 * was issued. Each phone is its own socket.io connection.
 */
export class RetryingPhone {
  readonly acks = new Map<string, CommandAck>();
  /** Why each failed (re)connect failed, in order: for a test to say why a phone is stuck. */
  readonly refusals: string[] = [];
  participantId: string | null = null;
  view: ParticipantView | null = null;
  private viewSeq = 0;
  private token: string | null = null;
  private readonly waiting: Waiting[] = [];
  private readonly settledListeners = new Set<(id: string, ack: CommandAck) => void>();
  private readonly socket: ClientSocket;
  /** Proves a resent join is this phone's own, as the real client's device secret does. */
  private readonly device = newDeviceSecret();

  private onAck: (id: string, ack: CommandAck) => void = () => undefined;
  private closed = false;

  constructor(url: string, code: string) {
    this.socket = io(url, {
      auth: (callback) => callback(participantAuth(code, this.token ?? undefined)),
      query: roomHintQuery(participantAuth(code)),
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1000,
    });
    this.socket.on('connect', () => this.flush());
    // As the real client: a refusal that only says "not now" (the room moving between nodes,
    // a node that could not reach its database) is asked again; Socket.IO would not by itself.
    this.socket.on('connect_error', (error) => {
      this.refusals.push(error.message);
      if (this.socket.active || !PASSING_REFUSALS.has(error.message)) return;
      setTimeout(() => {
        if (!this.closed && !this.socket.connected) this.socket.connect();
      }, 300);
    });
    this.socket.on(MESSAGE_EVENT, (message: ServerMessage) => {
      if (message.type === 'view') this.receive(message);
    });
  }

  /** A view pushed or carried by an ack; as the real client, one older than the last is stale. */
  private receive(message: ViewMessage): void {
    if (message.seq < this.viewSeq || message.view.role !== 'participant') return;
    this.viewSeq = message.seq;
    this.view = message.view;
  }

  /** The token kept on the phone after joining. */
  get participantToken(): string {
    if (this.token === null) throw new Error('not joined');
    return this.token;
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Whether the last reconnect was Socket.IO's connection state recovery (not the token). */
  get recovered(): boolean {
    return this.socket.recovered;
  }

  /** Commands issued and not yet acknowledged. */
  get unacknowledged(): number {
    return this.waiting.length;
  }

  /** Joins the room and keeps the token for every later reconnect. */
  async join(name: string | null): Promise<void> {
    const ack = await this.send({ type: 'join', name, device: this.device });
    if (!ack.ok || !ack.join) throw new Error(`join failed: ${JSON.stringify(ack)}`);
    this.token = ack.join.token;
    this.participantId = ack.join.participantId;
  }

  /** Issues a command: sent now if connected, otherwise on the next connect. */
  send(command: Record<string, unknown>, id = newCommandId()): Promise<CommandAck> {
    const entry: Waiting = { command: { v: 1, ...command, id }, inFlight: false };
    this.waiting.push(entry);
    return new Promise((resolve) => {
      const settled = (ackId: string, ack: CommandAck) => {
        if (ackId === id) {
          this.settledListeners.delete(settled);
          resolve(ack);
        }
      };
      this.settledListeners.add(settled);
      this.attempt(entry);
    });
  }

  /** Told of every acknowledgement as it arrives, before the command's promise resolves. */
  setOnAck(listener: (id: string, ack: CommandAck) => void): void {
    this.onAck = listener;
  }

  close(): void {
    this.closed = true;
    this.socket.close();
  }

  private flush(): void {
    for (const entry of [...this.waiting]) this.attempt(entry);
  }

  private attempt(entry: Waiting): void {
    if (entry.inFlight || !this.socket.connected) return;
    entry.inFlight = true;
    this.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck(COMMAND_EVENT, entry.command)
      .then(
        (ack: CommandAck) => {
          entry.inFlight = false;
          if (ack.ok && ack.view) this.receive(ack.view);
          const index = this.waiting.indexOf(entry);
          if (index === -1) return;
          this.waiting.splice(index, 1);
          this.acks.set(entry.command.id, ack);
          this.onAck(entry.command.id, ack);
          for (const listener of [...this.settledListeners]) listener(entry.command.id, ack);
        },
        () => {
          // Disconnected: the next connect flushes it. Connected: the ack timed out, send again.
          entry.inFlight = false;
          if (this.socket.connected) this.attempt(entry);
        },
      );
  }
}

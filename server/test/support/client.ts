import { io, type Socket } from 'socket.io-client';
import {
  COMMAND_EVENT,
  MESSAGE_EVENT,
  type ClientToServerEvents,
  type CommandAck,
  type ConsoleMessage,
  type Handshake,
  type ProtocolError,
  type Scenario,
  type ServerMessage,
  type ServerToClientEvents,
  type View,
  type ViewMessage,
  patchedView,
  showView,
  roomHintQuery,
} from '@samenspel/shared';
import { randomBytes } from 'node:crypto';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client that remembers every view it was sent. */
export class TestClient {
  readonly views: Array<{ seq: number; view: View }> = [];
  /** Errors the server pushed (not acks): say, that the facilitator removed this participant. */
  readonly errors: ProtocolError[] = [];
  /** Programmes this connection was sent (a console's, once per connection). */
  readonly programmes: Scenario[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: ClientSocket) {
    socket.on(MESSAGE_EVENT, (message: ServerMessage) => {
      if (message.type === 'view') this.receive(message);
      else if (message.type === 'programme') this.programmes.push(message.scenario);
      else if (message.type === 'console') this.receiveConsole(message);
      else this.errors.push(message.error);
    });
  }

  /**
   * A view pushed, or carried by an ack: as the real client, an older seq than the last is
   * stale, and a console's is shown with the programme it was sent.
   */
  private receive(message: ViewMessage): void {
    const view = showView(message.view, this.programmes.at(-1) ?? null);
    if (!view) throw new Error('a console view came before its programme');
    if (message.seq >= this.latestSeq) this.views.push({ seq: message.seq, view });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** A console's update, applied to the view it shows, as the real console does. */
  private receiveConsole(message: ConsoleMessage): void {
    const last = this.views[this.views.length - 1];
    const view = patchedView(last?.view ?? null, last?.seq ?? null, message);
    if (view === 'gap' || view === 'waiting') {
      throw new Error(`a console update at ${message.seq} did not follow a view (${view})`);
    }
    if (view !== 'stale') this.views.push({ seq: message.seq, view });
    for (const wake of this.waiters.splice(0)) wake();
  }

  private withCarriedView = (ack: CommandAck): CommandAck => {
    if (ack.ok && ack.view) this.receive(ack.view);
    return ack;
  };

  /**
   * Connects and resolves once the first view arrived; rejects with the handshake error code.
   * `headers` are sent with the websocket upgrade, as a browser sends its Origin.
   */
  static async connect(
    url: string,
    auth: Handshake,
    headers: Record<string, string> = {},
  ): Promise<TestClient> {
    const socket: ClientSocket = io(url, {
      auth,
      query: roomHintQuery(auth),
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: headers,
    });
    const client = new TestClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
      // A console is sent its programme first; the connection is ready with its first view.
      const onFirst = (message: ServerMessage) => {
        if (message.type === 'programme') return;
        socket.off(MESSAGE_EVENT, onFirst);
        resolve();
      };
      socket.on(MESSAGE_EVENT, onFirst);
    });
    return client;
  }

  get latest(): View {
    const last = this.views[this.views.length - 1];
    if (!last) throw new Error('no view yet');
    return last.view;
  }

  get latestSeq(): number {
    return this.views[this.views.length - 1]?.seq ?? 0;
  }

  /** Waits until a view satisfies the predicate (checking the latest one first). */
  async waitFor<V extends View>(
    predicate: (view: View) => view is V,
    timeoutMs?: number,
  ): Promise<V>;
  async waitFor(predicate: (view: View) => boolean, timeoutMs?: number): Promise<View>;
  async waitFor(predicate: (view: View) => boolean, timeoutMs = 5000): Promise<View> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const last = this.views[this.views.length - 1];
      if (last && predicate(last.view)) return last.view;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `no matching view within ${timeoutMs} ms; latest: ${JSON.stringify(last?.view).slice(0, 400)}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  send(command: Record<string, unknown>, id = newCommandId()): Promise<CommandAck> {
    return new Promise<CommandAck>((resolve) => {
      this.socket.emit(COMMAND_EVENT, { v: 1, id, ...command }, resolve);
    }).then(this.withCarriedView);
  }

  /**
   * Sends a command as the real client's queue does under the rate limit: refused as too many
   * at once, it waits the time the server named and sends it again with the same id.
   */
  async sendPaced(command: Record<string, unknown>, id = newCommandId()): Promise<CommandAck> {
    for (;;) {
      const ack = await this.send(command, id);
      if (ack.ok || ack.error.code !== 'rate_limited') return ack;
      await new Promise((resolve) => setTimeout(resolve, ack.error.retryAfterMs ?? 100));
    }
  }

  /** Sends raw, unchecked input, as a hostile or outdated client would. */
  sendRaw(payload: unknown): Promise<CommandAck> {
    return new Promise<CommandAck>((resolve) =>
      this.socket.emit(COMMAND_EVENT, payload, resolve),
    ).then(this.withCarriedView);
  }

  close(): void {
    this.socket.close();
  }
}

export function newCommandId(): string {
  return randomBytes(12).toString('base64url');
}

/** A phone's device secret, as the real client makes one per room before its first join. */
export function newDeviceSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function participantAuth(code: string, token?: string): Handshake {
  return token === undefined
    ? { v: 1, role: 'participant', code }
    : { v: 1, role: 'participant', code, token };
}

/** Joins a room from a fresh phone; returns the connected client and its token. */
export async function joinAsParticipant(
  url: string,
  code: string,
  name: string | null,
): Promise<{ client: TestClient; participantId: string; token: string }> {
  const client = await TestClient.connect(url, participantAuth(code));
  const ack = await client.send({ type: 'join', name, device: newDeviceSecret() });
  if (!ack.ok || !ack.join) throw new Error(`join failed: ${JSON.stringify(ack)}`);
  await client.waitFor((view) => view.role === 'participant');
  return { client, participantId: ack.join.participantId, token: ack.join.token };
}

/** Opens a room's console: the facilitator's connection with a session token or the room's key. */
export function connectFacilitator(url: string, roomId: string, key: string): Promise<TestClient> {
  return TestClient.connect(url, { v: 1, role: 'facilitator', roomId, key });
}

/** What became of a message sent with an acknowledgement. */
export type AckOutcome = { reply: unknown[] } | 'timeout' | 'dropped';

/**
 * Sends any event with any arguments, as a hostile client could. With `ackTimeoutMs` it waits
 * for the acknowledgement; without, it sends none and resolves at once.
 */
export function emitAny(
  client: TestClient,
  event: string,
  args: readonly unknown[],
  ackTimeoutMs?: number,
): Promise<AckOutcome | 'sent'> {
  const raw = client.socket as unknown as Socket;
  if (ackTimeoutMs === undefined) {
    raw.emit(event, ...args);
    return Promise.resolve('sent');
  }
  return new Promise((resolve) => {
    raw.timeout(ackTimeoutMs).emit(event, ...args, (error: Error | null, ...reply: unknown[]) => {
      if (!error) resolve({ reply });
      else resolve(raw.connected ? 'timeout' : 'dropped');
    });
  });
}

/** Resolves true once the server has dropped the connection, false if it is still up after the wait. */
export function droppedWithin(client: TestClient, timeoutMs: number): Promise<boolean> {
  if (client.socket.disconnected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    client.socket.once('disconnect', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

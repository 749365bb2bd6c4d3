import {
  Adapter,
  type BroadcastOptions,
  type PrivateSessionId,
  type Session,
} from 'socket.io-adapter';
import { MESSAGE_EVENT } from '@samenspel/shared';

/** Socket.IO's packet type for an event (socket.io-parser's PacketType.EVENT). */
const EVENT_PACKET = 2;
/** How often expired sessions and packets are let go, as Socket.IO's own adapter does. */
const SWEEP_EVERY_MS = 60_000;

type PersistedSession = Omit<Session, 'missedPackets'> & { disconnectedAt: number };

interface KeptPacket {
  offset: number;
  emittedAt: number;
  opts: BroadcastOptions;
  data: unknown[];
}

interface RecoveringNamespace {
  server: { opts: { connectionStateRecovery: { maxDisconnectionDuration: number } } };
}

interface EventPacket {
  type: number;
  id?: number;
  data: unknown[];
}

/**
 * Connection state recovery for a server whose messages are whole views. Socket.IO's own
 * in-memory adapter keeps every message sent (broadcast or not) for the whole recovery window,
 * to send a phone what it missed while away: here each of those is a whole view, each of them
 * superseded by the next, and every connection, recovered or not, is sent its current view as it
 * comes in (bind()). Kept for two minutes, the views of a busy day were most of the heap (12
 * rooms of 25 phones dropping every half minute: some 40 MB, growing as the rooms' views grew).
 *
 * So a view (or a console's programme or update) gets an offset, as every message does, and is
 * not kept; any other message (a notice
 * that the facilitator took someone out) is kept and sent again on recovery, as before. Offsets
 * count up, so a phone's last offset tells whether anything kept after it has since been let go:
 * then its session is not recovered and the phone comes in through the handshake with its token.
 * A session is recovered once and then forgotten.
 */
export class ViewRecoveryAdapter extends Adapter {
  private readonly sessions = new Map<PrivateSessionId, PersistedSession>();
  private kept: KeptPacket[] = [];
  private nextOffset = 1;
  /** The offset of the newest kept message let go; a phone that saw it or later missed none. */
  private floor = 0;
  private readonly sweeper: NodeJS.Timeout;
  private readonly windowMs: number;

  /** Made by Socket.IO for each namespace; the window is the server's maxDisconnectionDuration. */
  constructor(nsp: RecoveringNamespace) {
    super(nsp);
    this.windowMs = nsp.server.opts.connectionStateRecovery.maxDisconnectionDuration;
    this.sweeper = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  /** Sessions waiting to be recovered. */
  get sessionsKept(): number {
    return this.sessions.size;
  }

  /** Messages kept to be sent again on recovery (views never are). */
  get packetsKept(): number {
    return this.kept.length;
  }

  override close(): void {
    clearInterval(this.sweeper);
  }

  override persistSession(session: Omit<Session, 'missedPackets'>): void {
    this.sessions.set(session.pid, { ...session, disconnectedAt: Date.now() });
  }

  /**
   * Whether a session may be recovered, by its socket's data: one whose room must first be
   * loaded goes through the handshake instead, which loads it before the socket is let in. A
   * recovered socket skips the handshake, and what it sends while its room is still being loaded
   * would find nobody listening.
   */
  recoverable: (data: unknown) => boolean = () => true;

  override restoreSession(pid: PrivateSessionId, offset: string): Promise<Session> {
    const session = this.sessions.get(pid);
    this.sessions.delete(pid);
    const seen = /^[0-9a-z]{1,11}$/.test(offset) ? parseInt(offset, 36) : NaN;
    if (
      !session ||
      !this.recoverable(session.data) ||
      session.disconnectedAt + this.windowMs < Date.now() ||
      !(seen >= this.floor && seen < this.nextOffset)
    ) {
      // Socket.IO's adapter answers null too: the connection then goes through the handshake.
      return Promise.resolve(null as unknown as Session);
    }
    const { disconnectedAt: _disconnectedAt, ...restored } = session;
    const missedPackets = this.kept
      .filter((packet) => packet.offset > seen && reaches(session.rooms, packet.opts))
      .map((packet) => packet.data);
    return Promise.resolve({ ...restored, missedPackets });
  }

  override broadcast(packet: EventPacket, opts: BroadcastOptions): void {
    // As Socket.IO's adapter: a message with an acknowledgement or sent volatile has no offset.
    if (packet.type === EVENT_PACKET && packet.id === undefined && !opts.flags?.volatile) {
      const offset = this.nextOffset++;
      // The offset goes last, where socket.io-client reads it from.
      packet.data.push(offset.toString(36));
      if (!isView(packet.data)) {
        this.kept.push({ offset, emittedAt: Date.now(), opts, data: packet.data });
      }
    }
    super.broadcast(packet, opts);
  }

  private sweep(): void {
    const threshold = Date.now() - this.windowMs;
    for (const [pid, session] of this.sessions) {
      if (session.disconnectedAt < threshold) this.sessions.delete(pid);
    }
    const expired = this.kept.findIndex((packet) => packet.emittedAt >= threshold);
    const dropped = expired === -1 ? this.kept.length : expired;
    if (dropped === 0) return;
    this.floor = this.kept[dropped - 1]!.offset;
    this.kept = this.kept.slice(dropped);
  }
}

/**
 * What a connection coming back is sent anew as it comes in (bind()): its current view, and
 * for a console its programme; the console's updates only lead up to that whole view.
 */
const RESENT_ON_CONNECT = new Set(['view', 'programme', 'console']);

function isView(data: readonly unknown[]): boolean {
  const message = data[1] as { type?: unknown } | undefined;
  return data[0] === MESSAGE_EVENT && RESENT_ON_CONNECT.has(message?.type as string);
}

/** Whether a message sent with `opts` went to a socket in `rooms` (Socket.IO's own rule). */
function reaches(rooms: readonly string[], opts: BroadcastOptions): boolean {
  const included = opts.rooms.size === 0 || rooms.some((room) => opts.rooms.has(room));
  return included && rooms.every((room) => !opts.except?.has(room));
}

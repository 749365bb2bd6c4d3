import type { Page } from '@playwright/test';
import {
  applyConsolePatch,
  COMMAND_EVENT,
  MESSAGE_EVENT,
  ServerMessageSchema,
  type FacilitatorLive,
  type WireView,
} from '@samenspel/shared';

/** One Socket.IO packet as a page received or sent it over its websocket. */
export interface Frame {
  /** The text as it went over the wire, for "does this ever appear" probes. */
  raw: string;
  /** The event name and arguments of an event packet, the arguments of an ack; else null. */
  event: string | null;
  args: unknown[];
}

/**
 * A received frame that carried a view, with the view checked against the app's contract. A
 * console's update is recorded as the live state it brings the console to, so probes read what
 * the console shows, not only its first whole view.
 */
export interface ViewFrame {
  raw: string;
  view: WireView;
}

/**
 * Reads a Socket.IO packet inside an Engine.IO message: `4` (message), then the packet type
 * (`2` event, `3` ack), an optional ack id, and the JSON array. Pings, the handshake and the
 * connect packet carry nothing a probe needs and come back as null.
 */
export function decodePacket(payload: string): Pick<Frame, 'event' | 'args'> | null {
  const match = /^4([23])\d*(\[[\s\S]*\])$/.exec(payload);
  if (!match) return null;
  const data: unknown = JSON.parse(match[2]!);
  if (!Array.isArray(data)) return null;
  if (match[1] === '3') return { event: null, args: data };
  const [event, ...args] = data;
  return { event: typeof event === 'string' ? event : null, args };
}

/**
 * Everything one page hears from and says to the server over its websockets, from the first
 * connection on (reconnects included). Views are parsed with the shared schema; a view message
 * that does not parse is counted, so a probe can never pass by silently reading nothing.
 */
export class FrameLog {
  readonly received: Frame[] = [];
  readonly views: ViewFrame[] = [];
  readonly sent: Frame[] = [];
  unreadable = 0;
  /** The console's live state as its updates left it. */
  private console: { live: FacilitatorLive; seq: number } | null = null;
  private listeners: Array<(frame: ViewFrame) => void> = [];

  constructor(readonly label: string) {}

  /** Calls `check` on every view: those received so far, then each one as it arrives. */
  onView(check: (frame: ViewFrame) => void): void {
    for (const frame of this.views) check(frame);
    this.listeners.push(check);
  }

  /** Commands this page sent since `from` (an index into `sent`, from `sent.length` earlier). */
  commandsSince(from: number): Array<{ type?: unknown }> {
    return this.sent
      .slice(from)
      .filter((frame) => frame.event === COMMAND_EVENT)
      .map((frame) => (frame.args[0] ?? {}) as { type?: unknown });
  }

  receive(payload: string): void {
    const packet = decodePacket(payload);
    this.received.push({ raw: payload, event: packet?.event ?? null, args: packet?.args ?? [] });
    if (packet?.event !== MESSAGE_EVENT) return;
    const parsed = ServerMessageSchema.safeParse(packet.args[0]);
    if (!parsed.success) {
      this.unreadable += 1;
      return;
    }
    const message = parsed.data;
    let view: WireView;
    if (message.type === 'view') {
      view = message.view;
      if (view.role === 'facilitator') this.console = { live: view, seq: message.seq };
    } else if (message.type === 'console') {
      const next =
        this.console && this.console.seq >= message.base
          ? applyConsolePatch(this.console.live, message.patch)
          : null;
      if (!next) {
        this.unreadable += 1;
        return;
      }
      this.console = { live: next, seq: message.seq };
      view = next;
    } else {
      return;
    }
    const frame = { raw: payload, view };
    this.views.push(frame);
    for (const listener of this.listeners) listener(frame);
  }

  send(payload: string): void {
    const packet = decodePacket(payload);
    this.sent.push({ raw: payload, event: packet?.event ?? null, args: packet?.args ?? [] });
  }
}

/** Starts recording a page's websocket traffic; call it before the page opens its socket. */
export function recordFrames(page: Page, label: string): FrameLog {
  const log = new FrameLog(label);
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) =>
      log.receive(typeof payload === 'string' ? payload : payload.toString('utf8')),
    );
    socket.on('framesent', ({ payload }) =>
      log.send(typeof payload === 'string' ? payload : payload.toString('utf8')),
    );
  });
  return log;
}

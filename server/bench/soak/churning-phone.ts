import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import {
  answerChangesNothing,
  answerRulesFor,
  COMMAND_EVENT,
  MESSAGE_EVENT,
  type Answer,
  type Block,
  type CommandAck,
  type ParticipantView,
  type ServerMessage,
} from '@samenspel/shared';
import { newBenchCommandId } from '../load/command-id.js';
import type { Random } from './random.js';

/** As long as the real client waits for an ack while connected (COMMAND_ACK_TIMEOUT_MS). */
const ACK_TIMEOUT_MS = 8000;

/** An answer the server acknowledged as kept. */
export interface AckedAnswer {
  roomId: string;
  commandId: string;
  participantId: string;
  blockId: string;
}

/** What all the phones of a run did, added up. */
export class SoakTally {
  drops = 0;
  /** Reconnects that came back through Socket.IO's connection state recovery. */
  recovered = 0;
  /** Reconnects that came back as a fresh connection with the stored token. */
  fresh = 0;
  /** Reconnects that should have recovered but came back as a fresh session all the same. */
  notRecovered = 0;
  answersSent = 0;
  readonly acked: AckedAnswer[] = [];
  /** Refusals by error code (an answer to a block that just moved on, say). */
  readonly refused = new Map<string, number>();
  /** Handshakes the server refused: a phone that could not get back in. */
  readonly connectErrors = new Map<string, number>();
  /** A phone whose participant changed under it: the doubling this bench must never see. */
  identityChanges = 0;
}

interface Waiting {
  command: { v: 1; id: string; type: 'answer'; blockId: string; answer: Answer };
  inFlight: boolean;
}

/**
 * A phone that behaves as the real client does (client/src/net/connection.ts, commandQueue.ts):
 * one socket.io-client connection, websocket only, that reconnects by itself and sends every
 * unacknowledged command again on reconnect with the same id. It answers the current block when
 * it asks for an answer (a programme block's preview sample, a different one each visit), and
 * drops out every 15–45 s: mostly its transport closes and socket.io-client comes back with
 * connection state recovery; sometimes the page starts over (a reload, a phone that slept) and
 * connects afresh with the token it stored when it joined.
 */
export class ChurningPhone {
  participantId: string | null = null;
  private token: string | null = null;
  private readonly device = randomBytes(32).toString('base64url');
  private socket: Socket;
  private view: ParticipantView | null = null;
  private viewSeq = 0;
  private readonly waiting: Waiting[] = [];
  /** The block the phone last saw, and whether it answered it while it was on screen. */
  private shownBlock: string | null = null;
  private answeredShown = false;
  private dropTimer: NodeJS.Timeout | null = null;
  private freshTimer: NodeJS.Timeout | null = null;
  private expectRecovery = false;
  private churning = false;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly room: { roomId: string; code: string },
    private readonly blocks: ReadonlyMap<string, Block>,
    private readonly random: Random,
    private readonly tally: SoakTally,
    private readonly freshShare: number,
  ) {
    this.socket = this.open();
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  get unacknowledged(): number {
    return this.waiting.length;
  }

  /** Joins the room (as a guest first, as the real phone does) and keeps the token. */
  async join(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
    const ack = (await this.socket.timeout(30_000).emitWithAck(COMMAND_EVENT, {
      v: 1,
      id: newBenchCommandId(),
      type: 'join',
      name: null,
      device: this.device,
    })) as CommandAck;
    if (!ack.ok || !ack.join) throw new Error(`join refused: ${JSON.stringify(ack)}`);
    this.token = ack.join.token;
    this.participantId = ack.join.participantId;
    if (ack.view) this.receive(ack.view.seq, ack.view.view);
  }

  /** Starts dropping out every 15–45 s. */
  startChurn(): void {
    this.churning = true;
    this.scheduleDrop();
  }

  /** Stops dropping out; a drop under way still comes back. */
  stopChurn(): void {
    this.churning = false;
    if (this.dropTimer) clearTimeout(this.dropTimer);
    this.dropTimer = null;
  }

  close(): void {
    this.closed = true;
    this.stopChurn();
    if (this.freshTimer) clearTimeout(this.freshTimer);
    this.socket.close();
  }

  private open(): Socket {
    const socket = io(this.url, {
      auth: (callback) =>
        callback(
          this.token === null
            ? { v: 1, role: 'participant', code: this.room.code }
            : { v: 1, role: 'participant', code: this.room.code, token: this.token },
        ),
      transports: ['websocket'],
      forceNew: true,
    });
    socket.on('connect', () => {
      if (this.expectRecovery) {
        if (socket.recovered) this.tally.recovered++;
        else this.tally.notRecovered++;
        this.expectRecovery = false;
      }
      for (const entry of this.waiting) this.attempt(entry);
      if (this.churning) this.scheduleDrop();
    });
    socket.on('connect_error', (error: Error) => {
      this.tally.connectErrors.set(
        error.message,
        (this.tally.connectErrors.get(error.message) ?? 0) + 1,
      );
    });
    socket.on(MESSAGE_EVENT, (message: ServerMessage) => {
      if (message.type === 'view') this.receive(message.seq, message.view);
    });
    return socket;
  }

  private scheduleDrop(): void {
    if (this.dropTimer) clearTimeout(this.dropTimer);
    this.dropTimer = setTimeout(() => this.drop(), this.random.between(15_000, 45_000));
  }

  private drop(): void {
    this.dropTimer = null;
    if (this.closed || !this.socket.connected) return;
    this.tally.drops++;
    if (this.random.next() >= this.freshShare) {
      // The transport closes under the socket (Wi-Fi gone for a moment): socket.io-client
      // reconnects after its backoff (0.5–1.5 s) with its session id and last offset.
      this.expectRecovery = true;
      this.socket.io.engine.close();
      return;
    }
    // The page starts over: the old connection just ends (the server keeps its session for
    // recovery, which nobody claims), and a new one comes back with the stored token.
    const old = this.socket;
    old.io.reconnection(false);
    old.io.engine.close();
    old.close();
    this.freshTimer = setTimeout(
      () => {
        this.freshTimer = null;
        if (this.closed) return;
        this.tally.fresh++;
        this.socket = this.open();
      },
      this.random.between(1000, 3000),
    );
  }

  private receive(seq: number, view: unknown): void {
    const v = view as ParticipantView;
    if (seq < this.viewSeq || v.role !== 'participant') return;
    this.viewSeq = seq;
    if (this.participantId !== null && v.me.id !== this.participantId) this.tally.identityChanges++;
    this.view = v;
    const blockId = v.block?.id ?? null;
    if (blockId !== this.shownBlock) {
      this.shownBlock = blockId;
      this.answeredShown = false;
    }
    this.maybeAnswer();
  }

  /** Answers the block on screen once per stay, when it takes answers and is not locked. */
  private maybeAnswer(): void {
    const view = this.view;
    if (!view?.block || this.answeredShown || this.waiting.length > 0) return;
    if (view.mine?.locked) return;
    const block = this.blocks.get(view.block.id);
    const rules = block ? answerRulesFor(block.kind as Answer['kind']) : null;
    if (!block || !rules) return;
    const previous = view.mine?.answer ?? undefined;
    // A different answer from the last: the same one again would be kept as nothing new.
    const start = this.random.int(0, 5);
    let answer: Answer | null = null;
    for (let n = start; n < start + 6 && answer === null; n++) {
      const sample = rules.sample(block, n);
      if (!answerChangesNothing(previous, sample)) answer = sample;
    }
    if (answer === null) return;
    this.answeredShown = true;
    const entry: Waiting = {
      command: { v: 1, id: newBenchCommandId(), type: 'answer', blockId: block.id, answer },
      inFlight: false,
    };
    this.waiting.push(entry);
    this.tally.answersSent++;
    this.attempt(entry);
  }

  private attempt(entry: Waiting): void {
    if (entry.inFlight || !this.socket.connected) return;
    entry.inFlight = true;
    const socket = this.socket;
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck(COMMAND_EVENT, entry.command)
      .then(
        (ack: CommandAck) => {
          entry.inFlight = false;
          const index = this.waiting.indexOf(entry);
          if (index === -1) return;
          this.waiting.splice(index, 1);
          if (ack.ok) {
            this.tally.acked.push({
              roomId: this.room.roomId,
              commandId: entry.command.id,
              participantId: this.participantId!,
              blockId: entry.command.blockId,
            });
          } else {
            const code = ack.error.code;
            this.tally.refused.set(code, (this.tally.refused.get(code) ?? 0) + 1);
          }
          if (ack.ok && ack.view) this.receive(ack.view.seq, ack.view.view);
        },
        () => {
          // Disconnected: the next connect sends it again. Connected: timed out, send again.
          entry.inFlight = false;
          if (this.socket === socket && socket.connected) this.attempt(entry);
        },
      );
  }
}

import { io, type Socket } from 'socket.io-client';
import {
  COMMAND_EVENT,
  MESSAGE_EVENT,
  type Block,
  type CommandAck,
  type FacilitatorView,
  type Scenario,
  type ServerMessage,
  patchedView,
} from '@samenspel/shared';
import { newBenchCommandId } from '../load/command-id.js';
import type { Random } from './random.js';

/**
 * A room's facilitator console, signed in with the trainer's session token, that moves to the
 * next block every 30–60 s and back to the first after the last, as a long day goes round.
 */
export class SoakConsole {
  view: FacilitatorView | null = null;
  private seq: number | null = null;
  moves = 0;
  readonly refused = new Map<string, number>();
  private moveTimer: NodeJS.Timeout | null = null;
  private moving = false;
  private readonly firstView: Promise<FacilitatorView>;

  private constructor(
    private readonly socket: Socket,
    private readonly random: Random,
  ) {
    this.firstView = new Promise((resolve) => {
      // The programme comes first, then the whole view, then updates: applied as the console does.
      let programme: Scenario | null = null;
      socket.on(MESSAGE_EVENT, (message: ServerMessage) => {
        if (message.type === 'programme') programme = message.scenario;
        else if (message.type === 'view' && message.view.role === 'facilitator' && programme) {
          this.view = { ...message.view, scenario: programme };
          this.seq = message.seq;
          resolve(this.view);
        } else if (message.type === 'console') {
          const next = patchedView(this.view, this.seq, message);
          if (typeof next !== 'string') {
            this.view = next;
            this.seq = message.seq;
          }
        }
      });
    });
  }

  static async open(
    url: string,
    roomId: string,
    sessionToken: string,
    random: Random,
  ): Promise<SoakConsole> {
    const socket = io(url, {
      auth: { v: 1, role: 'facilitator', roomId, key: sessionToken },
      transports: ['websocket'],
      forceNew: true,
    });
    const console = new SoakConsole(socket, random);
    await console.firstView;
    return console;
  }

  /** The programme's blocks, by id, as the console was sent them. */
  get blocks(): Map<string, Block> {
    return new Map(this.view!.scenario.blocks.map((block) => [block.id, block]));
  }

  async send(command: Record<string, unknown>): Promise<CommandAck> {
    const ack = (await this.socket
      .timeout(30_000)
      .emitWithAck(COMMAND_EVENT, { v: 1, id: newBenchCommandId(), ...command })) as CommandAck;
    if (!ack.ok) this.refused.set(ack.error.code, (this.refused.get(ack.error.code) ?? 0) + 1);
    return ack;
  }

  startMoving(): void {
    this.moving = true;
    this.moveTimer = setTimeout(
      () => {
        this.moveTimer = null;
        void this.move().then(() => {
          if (this.moving) this.startMoving();
        });
      },
      this.random.between(30_000, 60_000),
    );
  }

  stopMoving(): void {
    this.moving = false;
    if (this.moveTimer) clearTimeout(this.moveTimer);
    this.moveTimer = null;
  }

  close(): void {
    this.stopMoving();
    this.socket.close();
  }

  private async move(): Promise<void> {
    const view = this.view!;
    const blocks = view.scenario.blocks;
    const last = (view.currentBlockIndex ?? 0) >= blocks.length - 1;
    const ack = await this.send(
      last ? { type: 'block.goto', blockId: blocks[0]!.id } : { type: 'block.next' },
    );
    if (ack.ok) this.moves++;
  }
}

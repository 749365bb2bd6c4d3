import {
  CommandAckSchema,
  type Command,
  type CommandAck,
  type ProtocolError,
  type ViewMessage,
} from '@samenspel/shared';
import { makeCommandId } from './commandId';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A command as a screen writes it; the queue adds the version and the id. */
export type CommandDraft = DistributiveOmit<Command, 'v' | 'id'>;

/** Refusals made on this side of the wire. */
export type ClientErrorCode = 'no_answer' | 'closed';
export interface ClientError {
  code: ClientErrorCode;
  message: string;
}
export type CommandOutcome = CommandAck | { ok: false; error: ClientError };
export type CommandError = ProtocolError | ClientError;

export interface PendingCommand {
  id: string;
  type: Command['type'];
}

/** What the queue needs from a socket. */
export interface CommandTransport {
  isConnected(): boolean;
  /** Sends once; resolves with the raw ack, rejects on timeout or disconnect. */
  emit(command: Command): Promise<unknown>;
}

export interface CommandQueueOptions {
  /** Unanswered tries while connected before the command is given up. */
  maxTimeouts?: number;
  makeId?: () => string;
  onChange?: (pending: PendingCommand[]) => void;
  /** An accepted command's ack carried the sender's new view; called before the command resolves. */
  onView?: (message: ViewMessage, receivedAt: number) => void;
}

interface Entry {
  command: Command;
  inFlight: boolean;
  timeouts: number;
  resolve: (outcome: CommandOutcome) => void;
}

/**
 * Commands on their way to the server. A command issued while offline waits here and goes out,
 * with the same id, on reconnect; one whose ack times out is sent again with the same id, so the
 * server applies it once.
 */
export class CommandQueue {
  private entries: Entry[] = [];
  private closed = false;
  private readonly maxTimeouts: number;
  private readonly makeId: () => string;

  constructor(
    private readonly transport: CommandTransport,
    private readonly options: CommandQueueOptions = {},
  ) {
    this.maxTimeouts = options.maxTimeouts ?? 4;
    this.makeId = options.makeId ?? (() => makeCommandId());
  }

  send(draft: CommandDraft): Promise<CommandOutcome> {
    if (this.closed) return Promise.resolve(closedOutcome());
    const command: Command = { ...draft, v: 1, id: this.makeId() };
    return new Promise((resolve) => {
      const entry: Entry = { command, inFlight: false, timeouts: 0, resolve };
      this.entries.push(entry);
      this.changed();
      this.attempt(entry);
    });
  }

  /** Sends everything still waiting, in the order it was issued. Call on (re)connect. */
  flush(): void {
    for (const entry of [...this.entries]) this.attempt(entry);
  }

  /** Gives up on everything: the connection is being thrown away. */
  close(): void {
    this.closed = true;
    const entries = this.entries;
    this.entries = [];
    for (const entry of entries) entry.resolve(closedOutcome());
    this.changed();
  }

  pending(): PendingCommand[] {
    return this.entries.map((entry) => ({ id: entry.command.id, type: entry.command.type }));
  }

  private attempt(entry: Entry): void {
    if (this.closed || entry.inFlight || !this.transport.isConnected()) return;
    entry.inFlight = true;
    this.transport.emit(entry.command).then(
      (raw) => {
        entry.inFlight = false;
        const receivedAt = Date.now();
        const parsed = CommandAckSchema.safeParse(raw);
        if (parsed.success && parsed.data.ok && parsed.data.view) {
          this.options.onView?.(parsed.data.view, receivedAt);
        }
        this.finish(
          entry,
          parsed.success
            ? parsed.data
            : { ok: false, error: { code: 'invalid_payload', message: 'unreadable ack' } },
        );
      },
      () => {
        entry.inFlight = false;
        if (this.closed || !this.entries.includes(entry)) return;
        // Disconnected: wait for flush() on reconnect. Connected: the ack timed out, retry.
        if (!this.transport.isConnected()) return;
        entry.timeouts++;
        if (entry.timeouts >= this.maxTimeouts) {
          this.finish(entry, {
            ok: false,
            error: { code: 'no_answer', message: 'no answer from the server' },
          });
        } else {
          this.attempt(entry);
        }
      },
    );
  }

  private finish(entry: Entry, outcome: CommandOutcome): void {
    const index = this.entries.indexOf(entry);
    if (index === -1) return;
    this.entries.splice(index, 1);
    this.changed();
    entry.resolve(outcome);
  }

  private changed(): void {
    this.options.onChange?.(this.pending());
  }
}

function closedOutcome(): CommandOutcome {
  return { ok: false, error: { code: 'closed', message: 'the connection was closed' } };
}

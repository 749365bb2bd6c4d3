import {
  CommandRefused,
  foldRoom,
  isMember,
  newFoldDraft,
  protocolError,
  reduceRoom,
  type Actor,
  type Command,
  type FoldDraft,
  type CommandAck,
  type RoomEvent,
  type RoomEventDraft,
  type RoomState,
  type ProgrammeRef,
  type Scenario,
} from '@samenspel/shared';
import { FencedOut, InDoubt, SeqConflict, type EventStore } from '../store/event-store.js';
import type { KeyRing } from '../auth/keys.js';
import { dedupeKey, type ConnectionActor } from './actor.js';
import { decide } from './decide.js';
import { provesDevice } from './device.js';
import { commandFingerprint } from './fingerprint.js';

export interface AuthorityDeps {
  store: EventStore;
  keys: KeyRing;
  now: () => number;
  randomId: (prefix: string) => string;
  /** A random permutation, for role and group draws. */
  shuffle: <T>(items: readonly T[]) => T[];
  /**
   * Told about failures that no caller is waiting for (a deadline that could not be written),
   * with the room they happened in, for the log line.
   */
  onBackgroundError: (error: unknown, roomId: string) => void;
  /**
   * The room's log no longer ends where this authority stands (another writer's events are in
   * it): its state is behind, so it must be let go and loaded again from the log.
   */
  onLogMoved?: (roomId: string) => void;
}

const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const RETRY_MS = 1000;
/** Bounds one group commit, so a huge burst still acknowledges its first votes early. */
const MAX_BATCH = 500;

export type RoomListener = (events: readonly RoomEvent[], state: RoomState) => void;

interface ProcessedCommand {
  seq: number;
  participantId?: string;
  /**
   * What the command said, for commands handled since this process started; a command restored
   * from the log has none (events do not hold the command), and any retry of it is taken as one.
   */
  fingerprint?: string;
  /** A join's digest of its device secret; a join kept without one is never answered again. */
  deviceHash?: string;
}

/** Work waiting for the next group commit, in arrival order. */
type PendingWork =
  | {
      kind: 'command';
      actor: ConnectionActor;
      command: Command;
      resolve: (ack: CommandAck) => void;
    }
  | { kind: 'presence'; participantId: string };

/** How to answer one command of a batch. */
interface Decided {
  /** Whether the answer holds only once the batch is durable (a retry of a kept command does not). */
  restsOnBatch: boolean;
  ack: () => CommandAck;
}

/** A batch being decided: the state as it will be once the batch is durable. */
interface Batch {
  state: RoomState;
  /** The objects this batch's folding made; nobody sees them before the batch is durable. */
  draft: FoldDraft;
  events: RoomEvent[];
  processed: Map<string, ProcessedCommand>;
}

/**
 * The answer to a command whose batch may or may not be in the log (the store said InDoubt). A
 * socket sends nothing back for it (its connection is closed, and its phone asks again); any
 * other caller reads it as a storage error.
 */
export const IN_DOUBT: CommandAck = Object.freeze({
  ok: false,
  error: protocolError('storage_error', 'whether this was saved is not known yet; send it again'),
});

/**
 * The single authority over one live room. Commands are decided one at a time, in order, each
 * against the state its predecessors left. Commands that arrive while the log is being written
 * wait and are then decided together and appended in one go (group commit), so a burst of votes
 * costs one fsync, not one each. Nothing is acknowledged or broadcast before it is in the log.
 */
export class RoomAuthority {
  private state: RoomState;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly processed = new Map<string, ProcessedCommand>();
  private readonly listeners = new Set<RoomListener>();
  private readonly connections = new Map<string, number>();
  private pending: PendingWork[] = [];
  private drainsQueued = 0;
  private deadline: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    private readonly deps: AuthorityDeps,
    initial: RoomState,
  ) {
    this.state = initial;
  }

  /** Opens a new room: its first event, room_created, is committed before this resolves. */
  static async create(
    deps: AuthorityDeps,
    room: {
      roomId: string;
      code: string;
      scenario: Scenario;
      groupName: string | null;
      programme?: ProgrammeRef;
    },
  ): Promise<RoomAuthority> {
    const event: RoomEvent = {
      seq: 1,
      at: deps.now(),
      actor: { kind: 'facilitator' },
      type: 'room_created',
      ...room,
    };
    await deps.store.append(room.roomId, [event]);
    return new RoomAuthority(deps, reduceRoom(null, event));
  }

  /**
   * Brings a room back from its log after a restart. Nobody is connected any more, and a
   * deadline may have passed while the server was down: both are written as system events.
   */
  static async restore(deps: AuthorityDeps, events: readonly RoomEvent[]): Promise<RoomAuthority> {
    const authority = new RoomAuthority(deps, foldRoom(events));
    for (const event of events) rememberCommand(authority.processed, event);
    if (authority.state.status !== 'ended') {
      const dropped = authority.state.participantOrder.filter(
        (id) => authority.state.participants[id]?.presence === 'connected',
      );
      if (dropped.length > 0) {
        // Not fatal: the room still comes back, and presence is put right on the next connect.
        await authority
          .enqueue(() =>
            authority.commit(
              dropped.map((participantId) => ({
                type: 'presence_changed',
                participantId,
                presence: 'dropped',
              })),
              { kind: 'system' },
            ),
          )
          .catch((error: unknown) => deps.onBackgroundError(error, authority.roomId));
      }
      authority.armDeadline();
    }
    return authority;
  }

  get snapshot(): RoomState {
    return this.state;
  }

  get roomId(): string {
    return this.state.roomId;
  }

  subscribe(listener: RoomListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Handles one command; resolves with the acknowledgement to send back, or with IN_DOUBT when
   * nobody can say yet whether it was written. Never rejects.
   */
  submit(actor: ConnectionActor, command: Command): Promise<CommandAck> {
    return new Promise((resolve) => this.schedule({ kind: 'command', actor, command, resolve }));
  }

  /** A socket of this participant connected; the first one makes them present. */
  connect(participantId: string): void {
    this.connections.set(participantId, (this.connections.get(participantId) ?? 0) + 1);
    this.schedule({ kind: 'presence', participantId });
  }

  /** A socket dropped; when it was the last one, the participant is dropped (not gone). */
  disconnect(participantId: string): void {
    const count = (this.connections.get(participantId) ?? 1) - 1;
    if (count > 0) this.connections.set(participantId, count);
    else this.connections.delete(participantId);
    this.schedule({ kind: 'presence', participantId });
  }

  /** Waits for every queued command, then stops the deadline timer. */
  async close(): Promise<void> {
    this.closed = true;
    this.clearDeadline();
    await this.tail;
  }

  /** Resolves once everything queued so far has been handled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Whether work is waiting or being decided and written: more events may follow shortly. */
  get busy(): boolean {
    return this.drainsQueued > 0;
  }

  private schedule(work: PendingWork): void {
    this.pending.push(work);
    // One drain is queued per batch; work arriving after it started waits for the next one.
    if (this.pending.length === 1) this.queueDrain();
  }

  private queueDrain(): void {
    this.drainsQueued++;
    void this.enqueue(() => this.drain())
      .catch((error: unknown) => this.deps.onBackgroundError(error, this.roomId))
      .finally(() => this.drainsQueued--);
  }

  /** Decides everything pending against the state it builds up, then commits it as one append. */
  private async drain(): Promise<void> {
    const work = this.pending.splice(0, MAX_BATCH);
    if (this.pending.length > 0) this.queueDrain();
    const batch: Batch = {
      state: this.state,
      draft: newFoldDraft(),
      events: [],
      processed: new Map(),
    };
    const answers: Array<{ resolve: (ack: CommandAck) => void; decided: Decided }> = [];
    try {
      for (const item of work) {
        if (item.kind === 'presence') this.decidePresence(batch, item.participantId);
        else answers.push({ resolve: item.resolve, decided: this.decideCommand(batch, item) });
      }
    } catch (error) {
      // A fold that throws is a bug, not a refusal: write nothing of this batch, but answer every
      // command in it, so no phone waits for ever; their retries come in a batch of their own.
      this.deps.onBackgroundError(error, this.roomId);
      const failed: CommandAck = {
        ok: false,
        error: protocolError('internal_error', 'something went wrong; try again'),
      };
      for (const item of work) if (item.kind === 'command') item.resolve(failed);
      return;
    }
    if (batch.events.length > 0) {
      try {
        await this.deps.store.append(this.state.roomId, batch.events);
      } catch (error) {
        this.deps.onBackgroundError(error, this.roomId);
        // Behind the log, or no longer this node's: either way this authority is done.
        if (
          error instanceof SeqConflict ||
          error instanceof FencedOut ||
          error instanceof InDoubt
        ) {
          this.deps.onLogMoved?.(this.roomId);
        }
        if (error instanceof InDoubt) {
          // Whether the batch is in the log is not known. A socket's command gets no answer at
          // all (IN_DOUBT): the room is let go, its sockets close, and each phone sends its
          // command again, with the same id, to the room loaded afresh from the log.
          for (const { resolve, decided } of answers) {
            resolve(decided.restsOnBatch ? IN_DOUBT : decided.ack());
          }
          return;
        }
        // Nothing of the batch is in the log, and every answer may have rested on it, except a
        // retry of a command an earlier batch wrote: that one is kept, and says so.
        const failed: CommandAck = {
          ok: false,
          error: protocolError('storage_error', 'the session log could not be written; try again'),
        };
        for (const { resolve, decided } of answers) {
          resolve(decided.restsOnBatch ? failed : decided.ack());
        }
        return;
      }
      this.apply(batch);
    }
    for (const { resolve, decided } of answers) resolve(decided.ack());
  }

  /** Decides one command into the batch; returns how to answer it once the batch is durable. */
  private decideCommand(
    batch: Batch,
    { actor, command }: { actor: ConnectionActor; command: Command },
  ): Decided {
    const key = dedupeKey(actor, command.id);
    const guestKey = dedupeKey({ kind: 'guest' }, command.id);
    const lookUp = (processed: Map<string, ProcessedCommand>) =>
      processed.get(key) ?? (command.type === 'join' ? processed.get(guestKey) : undefined);
    const inBatch = lookUp(batch.processed);
    const earlier = inBatch ?? lookUp(this.processed);
    if (earlier) {
      // A retry of a command an earlier batch wrote is answered whatever becomes of this one.
      const restsOnBatch = earlier === inBatch;
      // Only a retry of the same command gets its acknowledgement; another body under a used id
      // was not applied and must not be told it was (the log keeps each command's digest, so
      // this holds after a restart too). A join's answer is a participant's token: its retry
      // must also prove the device secret of the phone that joined, which no log or export holds.
      const stolenJoin =
        earlier.participantId !== undefined &&
        !provesDevice(command.type === 'join' ? command.device : undefined, earlier.deviceHash);
      if (
        stolenJoin ||
        (earlier.fingerprint !== undefined && earlier.fingerprint !== commandFingerprint(command))
      ) {
        const refusal: CommandAck = {
          ok: false,
          error: protocolError(
            'invalid_payload',
            'this command id was already used for another command',
            'id',
          ),
        };
        return { restsOnBatch, ack: () => refusal };
      }
      return { restsOnBatch, ack: () => this.ackFor(earlier) };
    }
    let drafts: RoomEventDraft[];
    try {
      drafts = decide(batch.state, actor, command, {
        now: this.deps.now(),
        newParticipantId: () => this.newParticipantId(batch.state),
        newReflectionId: () => this.deps.randomId('f'),
        shuffle: this.deps.shuffle,
      });
    } catch (error) {
      if (error instanceof CommandRefused) {
        const refusal: CommandAck = { ok: false, error: error.toProtocolError() };
        return { restsOnBatch: true, ack: () => refusal };
      }
      this.deps.onBackgroundError(error, this.roomId);
      return {
        restsOnBatch: true,
        ack: () => ({
          ok: false,
          error: protocolError('internal_error', 'something went wrong; try again'),
        }),
      };
    }
    // Nothing to write (an answer sent again unchanged): acknowledged, and nothing happens.
    if (drafts.length === 0) {
      const seq = batch.state.seq;
      return { restsOnBatch: true, ack: () => ({ ok: true, seq }) };
    }
    const fingerprint = commandFingerprint(command);
    const events = this.stamp(batch, drafts, eventActorFor(actor, drafts), {
      id: command.id,
      digest: fingerprint,
    });
    for (const event of events) rememberCommand(batch.processed, event);
    const processed = batch.processed.get(key)!;
    return { restsOnBatch: true, ack: () => this.ackFor(processed) };
  }

  private decidePresence(batch: Batch, participantId: string): void {
    const participant = batch.state.participants[participantId];
    if (!participant || !isMember(participant) || batch.state.status === 'ended') return;
    const wanted = (this.connections.get(participantId) ?? 0) > 0 ? 'connected' : 'dropped';
    if (participant.presence === wanted) return;
    this.stamp(batch, [{ type: 'presence_changed', participantId, presence: wanted }], {
      kind: 'system',
    });
  }

  /** Turns drafts into events that follow the batch so far, and folds them into its state. */
  private stamp(
    batch: Batch,
    drafts: readonly RoomEventDraft[],
    actor: Actor,
    command?: { id: string; digest: string },
    automatic = false,
  ): RoomEvent[] {
    // Time never runs backwards within a log, even if the wall clock does.
    const at = Math.max(this.deps.now(), batch.state.lastEventAt);
    const events = drafts.map((draft, i) => {
      // Assigned, not spread: `{ ...draft, seq }` takes a slow path in V8 (4-8 µs an event on Node 20).
      const event = Object.assign({}, draft) as RoomEvent;
      event.seq = batch.state.seq + 1 + i;
      event.at = at;
      event.actor = actor;
      if (command !== undefined) {
        event.commandId = command.id;
        event.commandDigest = command.digest;
      }
      if (automatic) event.automatic = true;
      return event;
    });
    for (const event of events) batch.state = reduceRoom(batch.state, event, batch.draft);
    batch.events.push(...events);
    return events;
  }

  /** The batch is durable: it becomes the room's state, and listeners hear of it. */
  private apply(batch: Batch): void {
    this.state = batch.state;
    // What the batch remembered, fingerprints included.
    for (const [key, processed] of batch.processed) this.processed.set(key, processed);
    this.armDeadline();
    for (const listener of this.listeners) listener(batch.events, batch.state);
  }

  private ackFor(processed: ProcessedCommand): CommandAck {
    if (processed.participantId === undefined) return { ok: true, seq: processed.seq };
    return {
      ok: true,
      seq: processed.seq,
      join: {
        participantId: processed.participantId,
        token: this.deps.keys.participantToken(this.state.roomId, processed.participantId),
      },
    };
  }

  /** Appends system events outside a command batch (presence on restore, a deadline). */
  private async commit(
    drafts: readonly RoomEventDraft[],
    actor: Actor,
    automatic = false,
  ): Promise<void> {
    const batch: Batch = {
      state: this.state,
      draft: newFoldDraft(),
      events: [],
      processed: new Map(),
    };
    this.stamp(batch, drafts, actor, undefined, automatic);
    if (batch.events.length === 0) return;
    try {
      await this.deps.store.append(this.state.roomId, batch.events);
    } catch (error) {
      // As for a command batch: the room is loaded again from the log, which knows.
      if (error instanceof SeqConflict || error instanceof FencedOut || error instanceof InDoubt) {
        this.deps.onLogMoved?.(this.roomId);
      }
      throw error;
    }
    this.apply(batch);
  }

  private armDeadline(): void {
    this.clearDeadline();
    const timer = this.state.timer;
    if (this.closed || this.state.status !== 'running' || timer?.status !== 'running') return;
    // setTimeout fires at once beyond 2^31 ms; a far deadline is simply checked again later.
    const delay = Math.min(MAX_TIMEOUT_MS, Math.max(0, timer.endsAt - this.deps.now()));
    this.deadline = setTimeout(() => {
      this.deadline = null;
      void this.enqueue(() => this.expireIfDue()).catch((error: unknown) => {
        this.deps.onBackgroundError(error, this.roomId);
        // The expiry could not be written: try again shortly rather than leave the timer running.
        if (!this.closed) this.deadline = setTimeout(() => this.armDeadline(), RETRY_MS);
      });
    }, delay);
  }

  private clearDeadline(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
  }

  private async expireIfDue(): Promise<void> {
    const timer = this.state.timer;
    if (this.state.status !== 'running' || timer?.status !== 'running') return;
    if (timer.endsAt > this.deps.now()) {
      this.armDeadline();
      return;
    }
    await this.commit([{ type: 'timer_expired' }], { kind: 'system' }, true);
  }

  private newParticipantId(state: RoomState): string {
    let id: string;
    do id = this.deps.randomId('p');
    while (state.participants[id]);
    return id;
  }
}

/** Remembers which event a command id produced, so a retry is answered without acting again. */
function rememberCommand(processed: Map<string, ProcessedCommand>, event: RoomEvent): void {
  if (event.commandId === undefined) return;
  // Logs written before digests were kept have none: a reused id is then taken for a retry.
  const print = event.commandDigest === undefined ? {} : { fingerprint: event.commandDigest };
  if (event.type === 'participant_joined') {
    // A join comes from a guest connection; the retry comes from one too.
    processed.set(dedupeKey({ kind: 'guest' }, event.commandId), {
      seq: event.seq,
      participantId: event.participantId,
      ...print,
      ...(event.deviceHash === undefined ? {} : { deviceHash: event.deviceHash }),
    });
    return;
  }
  const actor: ConnectionActor =
    event.actor.kind === 'participant'
      ? { kind: 'participant', id: event.actor.id }
      : { kind: 'facilitator' };
  processed.set(dedupeKey(actor, event.commandId), { seq: event.seq, ...print });
}

function eventActorFor(actor: ConnectionActor, drafts: readonly RoomEventDraft[]): Actor {
  switch (actor.kind) {
    case 'facilitator':
      return { kind: 'facilitator' };
    case 'participant':
      return { kind: 'participant', id: actor.id };
    case 'guest':
    case 'presenter': {
      // A guest's only accepted command is join: the event's actor is the new participant.
      const joined = drafts.find((draft) => draft.type === 'participant_joined');
      if (joined?.type === 'participant_joined')
        return { kind: 'participant', id: joined.participantId };
      return { kind: 'system' };
    }
  }
}

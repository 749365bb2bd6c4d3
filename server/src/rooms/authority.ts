import {
  CommandRefused,
  foldRoom,
  protocolError,
  reduceRoom,
  type Actor,
  type Command,
  type CommandAck,
  type RoomEvent,
  type RoomEventDraft,
  type RoomState,
  type Scenario,
} from '@samenspel/shared';
import type { EventStore } from '../store/event-store.js';
import type { KeyRing } from '../auth/keys.js';
import { dedupeKey, type ConnectionActor } from './actor.js';
import { decide } from './decide.js';
import { commandFingerprint } from './fingerprint.js';

export interface AuthorityDeps {
  store: EventStore;
  keys: KeyRing;
  now: () => number;
  randomId: (prefix: string) => string;
  /** A random permutation, for role and group draws. */
  shuffle: <T>(items: readonly T[]) => T[];
  /** Told about failures that no caller is waiting for (a deadline that could not be written). */
  onBackgroundError: (error: unknown) => void;
}

const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const RETRY_MS = 1000;

export type RoomListener = (events: readonly RoomEvent[], state: RoomState) => void;

interface ProcessedCommand {
  seq: number;
  participantId?: string;
  /**
   * What the command said, for commands handled since this process started; a command restored
   * from the log has none (events do not hold the command), and any retry of it is taken as one.
   */
  fingerprint?: string;
}

/**
 * The single authority over one live room. Commands are handled one at a time, in order:
 * decide, append to the store (durable), fold with the shared reducer, then tell listeners.
 * Nothing is acknowledged or broadcast before it is in the log.
 */
export class RoomAuthority {
  private state: RoomState;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly processed = new Map<string, ProcessedCommand>();
  private readonly listeners = new Set<RoomListener>();
  private readonly connections = new Map<string, number>();
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
    room: { roomId: string; code: string; scenario: Scenario; groupName: string | null },
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
    for (const event of events) authority.rememberCommand(event);
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
          .catch(deps.onBackgroundError);
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

  /** Handles one command; resolves with the acknowledgement to send back. Never rejects. */
  submit(actor: ConnectionActor, command: Command): Promise<CommandAck> {
    return this.enqueue(() => this.handle(actor, command));
  }

  /** A socket of this participant connected; the first one makes them present. */
  connect(participantId: string): void {
    this.connections.set(participantId, (this.connections.get(participantId) ?? 0) + 1);
    void this.enqueue(() => this.syncPresence(participantId)).catch(this.deps.onBackgroundError);
  }

  /** A socket dropped; when it was the last one, the participant is dropped (not gone). */
  disconnect(participantId: string): void {
    const count = (this.connections.get(participantId) ?? 1) - 1;
    if (count > 0) this.connections.set(participantId, count);
    else this.connections.delete(participantId);
    void this.enqueue(() => this.syncPresence(participantId)).catch(this.deps.onBackgroundError);
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

  private async handle(actor: ConnectionActor, command: Command): Promise<CommandAck> {
    const key = dedupeKey(actor, command.id);
    const earlier =
      this.processed.get(key) ??
      (command.type === 'join'
        ? this.processed.get(dedupeKey({ kind: 'guest' }, command.id))
        : undefined);
    if (earlier) {
      // Only a retry of the same command gets its acknowledgement; another body under a used id
      // was not applied and must not be told it was.
      if (
        earlier.fingerprint !== undefined &&
        earlier.fingerprint !== commandFingerprint(command)
      ) {
        return {
          ok: false,
          error: protocolError(
            'invalid_payload',
            'this command id was already used for another command',
            'id',
          ),
        };
      }
      return this.ackFor(earlier);
    }
    let drafts: RoomEventDraft[];
    try {
      drafts = decide(this.state, actor, command, {
        now: this.deps.now(),
        newParticipantId: () => this.newParticipantId(),
        newReflectionId: () => this.deps.randomId('f'),
        shuffle: this.deps.shuffle,
      });
    } catch (error) {
      if (error instanceof CommandRefused) return { ok: false, error: error.toProtocolError() };
      this.deps.onBackgroundError(error);
      return {
        ok: false,
        error: protocolError('internal_error', 'something went wrong; try again'),
      };
    }
    // Nothing to write (an answer sent again unchanged): acknowledged, and nothing happens.
    if (drafts.length === 0) return { ok: true, seq: this.state.seq };
    const eventActor = eventActorFor(actor, drafts);
    try {
      await this.commit(drafts, eventActor, command.id, false, commandFingerprint(command));
    } catch (error) {
      this.deps.onBackgroundError(error);
      return {
        ok: false,
        error: protocolError('storage_error', 'the session log could not be written; try again'),
      };
    }
    return this.ackFor(this.processed.get(dedupeKey(actor, command.id))!);
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

  /** Stamps, appends (durable), folds and announces. The only place state changes. */
  private async commit(
    drafts: readonly RoomEventDraft[],
    actor: Actor,
    commandId?: string,
    automatic = false,
    fingerprint?: string,
  ): Promise<void> {
    if (drafts.length === 0) return;
    // Time never runs backwards within a log, even if the wall clock does.
    const at = Math.max(this.deps.now(), this.state.lastEventAt);
    const events = drafts.map(
      (draft, i) =>
        ({
          ...draft,
          seq: this.state.seq + 1 + i,
          at,
          actor,
          ...(commandId === undefined ? {} : { commandId }),
          ...(automatic ? { automatic: true } : {}),
        }) as RoomEvent,
    );
    await this.deps.store.append(this.state.roomId, events);
    let state = this.state;
    for (const event of events) {
      state = reduceRoom(state, event);
      this.rememberCommand(event, fingerprint);
    }
    this.state = state;
    this.armDeadline();
    for (const listener of this.listeners) listener(events, state);
  }

  private rememberCommand(event: RoomEvent, fingerprint?: string): void {
    if (event.commandId === undefined) return;
    const print = fingerprint === undefined ? {} : { fingerprint };
    if (event.type === 'participant_joined') {
      // A join comes from a guest connection; the retry comes from one too.
      this.processed.set(dedupeKey({ kind: 'guest' }, event.commandId), {
        seq: event.seq,
        participantId: event.participantId,
        ...print,
      });
      return;
    }
    const actor: ConnectionActor =
      event.actor.kind === 'participant'
        ? { kind: 'participant', id: event.actor.id }
        : { kind: 'facilitator' };
    this.processed.set(dedupeKey(actor, event.commandId), { seq: event.seq, ...print });
  }

  private async syncPresence(participantId: string): Promise<void> {
    const participant = this.state.participants[participantId];
    if (!participant || participant.presence === 'left' || this.state.status === 'ended') return;
    const wanted = (this.connections.get(participantId) ?? 0) > 0 ? 'connected' : 'dropped';
    if (participant.presence === wanted) return;
    await this.commit([{ type: 'presence_changed', participantId, presence: wanted }], {
      kind: 'system',
    });
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
        this.deps.onBackgroundError(error);
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
    await this.commit([{ type: 'timer_expired' }], { kind: 'system' }, undefined, true);
  }

  private newParticipantId(): string {
    let id: string;
    do id = this.deps.randomId('p');
    while (this.state.participants[id]);
    return id;
  }
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

import type { RoomEvent } from './events.js';
import type { BlockRun, Participant, RoomState } from './state.js';
import type { Answer } from './answers.js';
import type { Timer } from './timer.js';

/**
 * The one room reducer, shared by the server's authority, the client and replay.
 * Pure: it reads no clock and no randomness, only the event. It never mutates its input,
 * so earlier states stay valid for replay and snapshots.
 */
export function reduceRoom(state: RoomState | null, event: RoomEvent): RoomState {
  if (state === null) {
    if (event.type !== 'room_created') {
      throw new RoomLogError(`a room log must start with room_created, found ${event.type}`);
    }
    if (event.seq !== 1) throw new RoomLogError(`room_created must have seq 1, has ${event.seq}`);
    return {
      roomId: event.roomId,
      code: event.code,
      groupName: event.groupName,
      scenario: event.scenario,
      createdAt: event.at,
      status: 'lobby',
      startedAt: null,
      endedAt: null,
      currentBlockIndex: null,
      visits: [],
      timer: null,
      participants: {},
      participantOrder: [],
      runs: {},
      seq: event.seq,
      lastEventAt: event.at,
    };
  }
  if (event.seq !== state.seq + 1) {
    throw new RoomLogError(`expected event seq ${state.seq + 1}, found ${event.seq}`);
  }
  const next = applyEvent(state, event);
  return { ...next, seq: event.seq, lastEventAt: event.at };
}

/** Folds a whole log (or the rest of one, onto a snapshot). */
export function foldRoom(events: readonly RoomEvent[], from: RoomState | null = null): RoomState {
  let state = from;
  for (const event of events) state = reduceRoom(state, event);
  if (state === null) throw new RoomLogError('an empty log has no room');
  return state;
}

export class RoomLogError extends Error {
  override name = 'RoomLogError';
}

function applyEvent(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case 'room_created':
      throw new RoomLogError('room_created can only be the first event');
    case 'participant_joined': {
      const participant: Participant = {
        id: event.participantId,
        name: event.name,
        joinedAt: event.at,
        presence: 'connected',
      };
      return {
        ...state,
        participants: { ...state.participants, [participant.id]: participant },
        participantOrder: [...state.participantOrder, participant.id],
      };
    }
    case 'participant_left':
      return withParticipant(state, event.participantId, (p) => ({ ...p, presence: 'left' }));
    case 'presence_changed':
      return withParticipant(state, event.participantId, (p) =>
        p.presence === 'left' ? p : { ...p, presence: event.presence },
      );
    case 'session_started':
      return { ...state, status: 'running', startedAt: event.at };
    case 'block_entered': {
      const block = state.scenario.blocks[event.blockIndex];
      if (!block) throw new RoomLogError(`no block at index ${event.blockIndex}`);
      return {
        ...state,
        currentBlockIndex: event.blockIndex,
        visits: [...state.visits, { blockIndex: event.blockIndex, enteredAt: event.at }],
        timer: { status: 'idle', durationMs: block.minutes * 60_000 },
      };
    }
    case 'timer_started':
      return withTimer(state, (t) => ({
        status: 'running',
        durationMs: t.durationMs,
        endsAt: event.endsAt,
      }));
    case 'timer_paused':
      return withTimer(state, (t) => ({
        status: 'paused',
        durationMs: t.durationMs,
        remainingMs: event.remainingMs,
      }));
    case 'timer_extended':
      return withTimer(state, (t) => extendTimer(t, event.byMs, event.at));
    case 'timer_reset': {
      const block =
        state.currentBlockIndex === null ? null : state.scenario.blocks[state.currentBlockIndex];
      return withTimer(state, () => ({
        status: 'idle',
        durationMs: (block?.minutes ?? 0) * 60_000,
      }));
    }
    case 'timer_expired':
      return withTimer(state, (t) => ({
        status: 'expired',
        durationMs: t.durationMs,
        expiredAt: event.at,
      }));
    case 'answer_submitted':
      return withRun(state, event.blockId, (run) => submitAnswer(run, event));
    case 'answers_locked':
    case 'answers_unlocked':
      return withRun(state, event.blockId, (run) => ({
        ...run,
        locked: event.type === 'answers_locked',
      }));
    case 'results_revealed':
    case 'results_hidden':
      return withRun(state, event.blockId, (run) => ({
        ...run,
        revealed: event.type === 'results_revealed',
      }));
    case 'reflection_moderated':
      return withRun(state, event.blockId, (run) => ({
        ...run,
        moderation: {
          ...run.moderation,
          [event.reflectionId]: { hidden: event.hidden, highlighted: event.highlighted },
        },
      }));
    case 'roles_assigned':
      return withRun(state, event.blockId, (run) => ({ ...run, roles: event.assignments }));
    case 'groups_formed':
      return withRun(state, event.blockId, (run) => ({ ...run, groups: event.groups }));
    case 'session_ended':
      return {
        ...state,
        status: 'ended',
        endedAt: event.at,
        timer:
          state.timer && state.timer.status === 'running'
            ? pauseAt(state.timer, event.at)
            : state.timer,
      };
  }
}

export function emptyRun(): BlockRun {
  return {
    locked: false,
    revealed: false,
    answers: {},
    answerOrder: [],
    reflectionIds: {},
    moderation: {},
    roles: null,
    groups: null,
  };
}

function withRun(
  state: RoomState,
  blockId: string,
  change: (run: BlockRun) => BlockRun,
): RoomState {
  if (!state.scenario.blocks.some((block) => block.id === blockId)) {
    throw new RoomLogError(`no block "${blockId}"`);
  }
  const run = state.runs[blockId] ?? emptyRun();
  return { ...state, runs: { ...state.runs, [blockId]: change(run) } };
}

function submitAnswer(
  run: BlockRun,
  event: Extract<RoomEvent, { type: 'answer_submitted' }>,
): BlockRun {
  const { participantId, answer } = event;
  const previous = run.answers[participantId];
  // Scale and statements arrive item by item: each submission adds to what was there.
  const merged: Answer =
    (answer.kind === 'scale' || answer.kind === 'statements') && previous?.kind === answer.kind
      ? { kind: answer.kind, values: { ...previous.values, ...answer.values } }
      : answer;
  const first = previous === undefined;
  const reflectionIds =
    answer.kind === 'reflection' && event.reflectionId && !run.reflectionIds[participantId]
      ? { ...run.reflectionIds, [participantId]: event.reflectionId }
      : run.reflectionIds;
  return {
    ...run,
    answers: { ...run.answers, [participantId]: merged },
    answerOrder: first ? [...run.answerOrder, participantId] : run.answerOrder,
    reflectionIds,
  };
}

function extendTimer(timer: Timer, byMs: number, at: number): Timer {
  const durationMs = Math.max(0, timer.durationMs + byMs);
  switch (timer.status) {
    case 'idle':
      return { status: 'idle', durationMs };
    case 'running':
      return { status: 'running', durationMs, endsAt: timer.endsAt + byMs };
    case 'paused':
      return { status: 'paused', durationMs, remainingMs: Math.max(0, timer.remainingMs + byMs) };
    case 'expired':
      // Extending a finished timer gives the room the extra time from now on; taking time
      // away from a finished timer leaves it finished.
      return byMs > 0 ? { status: 'running', durationMs, endsAt: at + byMs } : timer;
  }
}

function pauseAt(timer: Extract<Timer, { status: 'running' }>, at: number): Timer {
  return {
    status: 'paused',
    durationMs: timer.durationMs,
    remainingMs: Math.max(0, timer.endsAt - at),
  };
}

function withTimer(state: RoomState, change: (timer: Timer) => Timer): RoomState {
  if (!state.timer) throw new RoomLogError('timer event outside a block');
  return { ...state, timer: change(state.timer) };
}

function withParticipant(
  state: RoomState,
  participantId: string,
  change: (participant: Participant) => Participant,
): RoomState {
  const participant = state.participants[participantId];
  if (!participant) throw new RoomLogError(`unknown participant ${participantId}`);
  return {
    ...state,
    participants: { ...state.participants, [participantId]: change(participant) },
  };
}

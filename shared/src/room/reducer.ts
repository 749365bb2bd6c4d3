import type { RoomEvent } from './events.js';
import { isMember, type BlockRun, type Participant, type RoomState } from './state.js';
import { mergeAnswer } from './answers.js';
import type { Timer } from './timer.js';
import { idRecord, newFoldDraft, ownArray, ownRecord, type FoldDraft } from './fold-draft.js';
import { RoomLogError } from './log-error.js';
import { withoutRemoved } from './removal.js';
import { casesOf, reduceCases } from '../blocks/practice-cases.js';

export { RoomLogError };

/**
 * The one room reducer, shared by the server's authority, the client and replay.
 * Pure: it reads no clock and no randomness, only the event. It never mutates its input,
 * so earlier states stay valid for replay and snapshots. The one exception is asked for: given
 * a draft, it may write into objects that earlier calls with the same draft made (see
 * fold-draft.ts); states from before the draft are never touched.
 */
export function reduceRoom(
  state: RoomState | null,
  event: RoomEvent,
  draft?: FoldDraft,
): RoomState {
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
      leftTimers: idRecord(),
      participants: idRecord(),
      joinsClosedAt: null,
      participantOrder: [],
      runs: idRecord(),
      linkGeneration: 0,
      meeting: 1,
      restingSince: null,
      rests: [],
      seq: event.seq,
      lastEventAt: event.at,
    };
  }
  if (event.seq !== state.seq + 1) {
    throw new RoomLogError(`expected event seq ${state.seq + 1}, found ${event.seq}`);
  }
  const next = applyEvent(state, event, draft);
  return { ...next, seq: event.seq, lastEventAt: event.at };
}

/** Folds a whole log (or the rest of one, onto a snapshot, which stays as it was). */
export function foldRoom(events: readonly RoomEvent[], from: RoomState | null = null): RoomState {
  let state = from;
  const draft = newFoldDraft();
  for (const event of events) state = reduceRoom(state, event, draft);
  if (state === null) throw new RoomLogError('an empty log has no room');
  return state;
}

function applyEvent(state: RoomState, event: RoomEvent, draft: FoldDraft | undefined): RoomState {
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
      const participants = ownRecord(state.participants, draft);
      participants[participant.id] = participant;
      const participantOrder = ownArray(state.participantOrder, draft);
      participantOrder.push(participant.id);
      return { ...state, participants, participantOrder };
    }
    case 'participant_left':
      // Removal stands: a removed participant does not become one who left.
      return withParticipant(state, draft, event.participantId, (p) =>
        p.presence === 'removed' ? p : { ...p, presence: 'left' },
      );
    case 'presence_changed':
      return withParticipant(state, draft, event.participantId, (p) =>
        isMember(p) ? { ...p, presence: event.presence } : p,
      );
    case 'participant_removed': {
      const removed = withParticipant(state, draft, event.participantId, (p) => {
        if (p.presence === 'removed') {
          throw new RoomLogError(`participant ${p.id} was already removed`);
        }
        return { ...p, presence: 'removed' };
      });
      return withoutRemoved(removed, event, draft);
    }
    case 'joins_closed':
      // Closing twice keeps the first moment: the room has been closed since then.
      return { ...state, joinsClosedAt: state.joinsClosedAt ?? event.at };
    case 'joins_opened':
      return { ...state, joinsClosedAt: null };
    case 'session_started':
      return { ...state, status: 'running', startedAt: event.at };
    case 'block_entered': {
      const block = state.scenario.blocks[event.blockIndex];
      if (!block) throw new RoomLogError(`no block at index ${event.blockIndex}`);
      return {
        ...state,
        currentBlockIndex: event.blockIndex,
        visits: [...state.visits, { blockIndex: event.blockIndex, enteredAt: event.at }],
        leftTimers: parkTimer(state, event.at, draft),
        timer: event.timer ?? { status: 'idle', durationMs: block.minutes * 60_000 },
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
      return withRun(state, event.blockId, (run) => submitAnswer(run, event, draft), draft);
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
      return withRun(state, event.blockId, (run) => {
        const moderation = ownRecord(run.moderation, undefined);
        moderation[event.reflectionId] = { hidden: event.hidden, highlighted: event.highlighted };
        return { ...run, moderation };
      });
    case 'roles_assigned':
      return withRun(state, event.blockId, (run) => ({ ...run, roles: event.assignments }));
    case 'groups_formed':
      return withRun(state, event.blockId, (run) => ({ ...run, groups: event.groups }));
    case 'case_listed':
    case 'case_unlisted':
    case 'case_voting':
    case 'case_chosen':
      return withRun(state, event.blockId, (run) => ({
        ...run,
        cases: reduceCases(casesOf(run), event),
      }));
    case 'links_renewed':
      return { ...state, linkGeneration: event.generation };
    case 'meeting_closed': {
      const last = state.visits.at(-1);
      return {
        ...state,
        restingSince: event.at,
        rests: [...state.rests, { from: event.at, to: null }],
        visits: last
          ? [...state.visits.slice(0, -1), { ...last, closedAt: event.at }]
          : state.visits,
      };
    }
    case 'meeting_started':
      return {
        ...state,
        meeting: event.meeting,
        restingSince: null,
        rests: state.rests.map((rest) => (rest.to === null ? { ...rest, to: event.at } : rest)),
      };
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
    answers: idRecord(),
    answerOrder: [],
    reflectionIds: idRecord(),
    moderation: idRecord(),
    roles: null,
    groups: null,
  };
}

function withRun(
  state: RoomState,
  blockId: string,
  change: (run: BlockRun) => BlockRun,
  draft?: FoldDraft,
): RoomState {
  if (!state.scenario.blocks.some((block) => block.id === blockId)) {
    throw new RoomLogError(`no block "${blockId}"`);
  }
  const run = state.runs[blockId] ?? emptyRun();
  const runs = ownRecord(state.runs, draft);
  runs[blockId] = change(run);
  return { ...state, runs };
}

function submitAnswer(
  run: BlockRun,
  event: Extract<RoomEvent, { type: 'answer_submitted' }>,
  draft: FoldDraft | undefined,
): BlockRun {
  const { participantId, answer } = event;
  const previous = run.answers[participantId];
  const merged = mergeAnswer(previous, answer);
  const first = previous === undefined;
  const next = ownRecord(run, draft);
  next.answers = ownRecord(run.answers, draft);
  next.answers[participantId] = merged;
  if (first) {
    next.answerOrder = ownArray(run.answerOrder, draft);
    next.answerOrder.push(participantId);
  }
  if (event.reflectionId && !run.reflectionIds[participantId]) {
    next.reflectionIds = ownRecord(run.reflectionIds, draft);
    next.reflectionIds[participantId] = event.reflectionId;
  }
  return next;
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

/** Keeps the timer of the block being left, for a later visit to come back to. */
function parkTimer(state: RoomState, at: number, draft: FoldDraft | undefined) {
  const leaving =
    state.currentBlockIndex === null ? undefined : state.scenario.blocks[state.currentBlockIndex];
  if (!leaving || !state.timer) return state.leftTimers;
  const leftTimers = ownRecord(state.leftTimers, draft);
  // The decision pauses a running timer before leaving; only a log from before it did so leaves
  // one running, and that one is kept as it stood at the moment of leaving.
  leftTimers[leaving.id] =
    state.timer.status === 'running' ? pauseAt(state.timer, at) : state.timer;
  return leftTimers;
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
  draft: FoldDraft | undefined,
  participantId: string,
  change: (participant: Participant) => Participant,
): RoomState {
  const participant = state.participants[participantId];
  if (!participant) throw new RoomLogError(`unknown participant ${participantId}`);
  const participants = ownRecord(state.participants, draft);
  participants[participantId] = change(participant);
  return { ...state, participants };
}

import {
  checkWithinMeeting,
  CommandRefused,
  type Command,
  type FacilitatorCommand,
  type ParticipantCommand,
  type RoomEventDraft,
  type RoomState,
} from '@samenspel/shared';
import type { ConnectionActor } from './actor.js';
import { decideActivity, decideAnswer } from './decide-activities.js';
import { deviceHash } from './device.js';
import { decideMembership } from './decide-membership.js';
import { enterBlock } from './decide-visit.js';
import { closeMeeting, startMeeting } from './decide-meeting.js';

export interface DecideContext {
  now: number;
  /** A fresh participant id, drawn by the authority (the decision stays free of randomness). */
  newParticipantId: () => string;
  /** A fresh opaque id for a reflection, unrelated to its author. */
  newReflectionId: () => string;
  /** A random permutation, drawn by the authority; its outcome is written into the event. */
  shuffle: <T>(items: readonly T[]) => T[];
}

/**
 * Decides what a command means in the room's current state: the events to write, or a refusal.
 * It changes nothing itself; the authority commits the events and folds them in.
 */
export function decide(
  state: RoomState,
  actor: ConnectionActor,
  command: Command,
  ctx: DecideContext,
): RoomEventDraft[] {
  switch (command.type) {
    case 'join':
    case 'leave':
    case 'answer':
      return decideParticipant(state, actor, command, ctx);
    default:
      if (actor.kind !== 'facilitator') {
        throw new CommandRefused('not_facilitator', 'only the facilitator can do this');
      }
      return decideFacilitator(state, command, ctx);
  }
}

function decideParticipant(
  state: RoomState,
  actor: ConnectionActor,
  command: ParticipantCommand,
  ctx: DecideContext,
): RoomEventDraft[] {
  if (state.status === 'ended') throw new CommandRefused('room_ended', 'this session has ended');
  // A participant who left or was removed may still have a tab open; nothing it sends counts.
  const presence = actor.kind === 'participant' ? state.participants[actor.id]?.presence : null;
  if (presence === 'removed') {
    throw new CommandRefused('participant_removed', 'the facilitator took you out of this session');
  }
  if (presence === 'left') {
    throw new CommandRefused('participant_left', 'you have left this session');
  }
  switch (command.type) {
    case 'join':
      if (actor.kind === 'participant') {
        throw new CommandRefused('already_joined', 'you have already joined this room');
      }
      if (actor.kind !== 'guest') {
        throw new CommandRefused('not_participant', 'only a phone can join as participant');
      }
      if (state.joinsClosedAt !== null) {
        throw new CommandRefused('room_closed', 'this session takes no new participants');
      }
      return [
        {
          type: 'participant_joined',
          participantId: ctx.newParticipantId(),
          name: command.name,
          ...(command.device === undefined ? {} : { deviceHash: deviceHash(command.device) }),
        },
      ];
    case 'leave': {
      if (actor.kind !== 'participant') {
        throw new CommandRefused('not_joined', 'you have not joined this room');
      }
      return [{ type: 'participant_left', participantId: actor.id }];
    }
    case 'answer':
      if (actor.kind !== 'participant') {
        throw new CommandRefused('not_joined', 'join the room before you answer');
      }
      return decideAnswer(state, actor.id, command.blockId, command.answer, ctx);
  }
}

function decideFacilitator(
  state: RoomState,
  command: FacilitatorCommand,
  ctx: DecideContext,
): RoomEventDraft[] {
  // A leaked link matters after the session too: its console still shows every answer.
  if (command.type === 'links.renew') {
    return [{ type: 'links_renewed', generation: state.linkGeneration + 1 }];
  }
  if (state.status === 'ended') throw new CommandRefused('room_ended', 'this session has ended');
  const now = ctx.now;
  const blocks = state.scenario.blocks;
  switch (command.type) {
    case 'session.start':
      if (state.status !== 'lobby') throw invalid('the session is already running');
      return [{ type: 'session_started' }, ...enterBlock(state, 0, now)];
    case 'block.next': {
      const index = requireRunning(state);
      if (index + 1 >= blocks.length) throw invalid('this is the last block');
      checkWithinMeeting(state, index + 1);
      return enterBlock(state, index + 1, now);
    }
    case 'block.previous': {
      const index = requireRunning(state);
      if (index === 0) throw invalid('this is the first block');
      checkWithinMeeting(state, index - 1);
      return enterBlock(state, index - 1, now);
    }
    case 'meeting.close':
      return closeMeeting(state, now);
    case 'meeting.start':
      return startMeeting(state, now);
    case 'block.goto': {
      const target = blocks.findIndex((block) => block.id === command.blockId);
      if (target < 0) {
        throw new CommandRefused(
          'unknown_block',
          `there is no block "${command.blockId}"`,
          'blockId',
        );
      }
      checkWithinMeeting(state, target);
      // Jumping from the lobby starts the session at that block.
      if (state.status === 'lobby') {
        return [{ type: 'session_started' }, ...enterBlock(state, target, now)];
      }
      if (target === state.currentBlockIndex) throw invalid('that block is already on screen');
      return enterBlock(state, target, now);
    }
    case 'timer.start':
    case 'timer.resume': {
      const timer = requireTimer(state);
      if (timer.status === 'running') throw invalid('the timer is already running');
      if (timer.status === 'expired') throw invalid('the time is up: extend or reset the timer');
      const remaining = timer.status === 'paused' ? timer.remainingMs : timer.durationMs;
      if (remaining <= 0) throw invalid('this block has no time to count down: extend it first');
      return [{ type: 'timer_started', endsAt: now + remaining }];
    }
    case 'timer.pause': {
      const timer = requireTimer(state);
      if (timer.status !== 'running') throw invalid('the timer is not running');
      // The deadline has passed and its expiry is about to be written: there is nothing to pause.
      if (timer.endsAt <= now) throw invalid('the time is already up');
      return [{ type: 'timer_paused', remainingMs: Math.max(0, timer.endsAt - now) }];
    }
    case 'timer.extend': {
      const timer = requireTimer(state);
      if (timer.status === 'expired' && command.byMs < 0) {
        throw invalid('the time is already up: there is nothing to take off');
      }
      return [{ type: 'timer_extended', byMs: command.byMs }];
    }
    case 'timer.reset':
      requireTimer(state);
      return [{ type: 'timer_reset' }];
    case 'answers.lock':
    case 'answers.unlock':
    case 'results.reveal':
    case 'results.hide':
    case 'reflection.moderate':
    case 'roles.assign':
    case 'groups.form':
    case 'cases.list':
    case 'cases.unlist':
    case 'cases.voting':
    case 'cases.choose':
      return decideActivity(state, command, ctx);
    case 'joins.close':
    case 'joins.open':
    case 'participant.remove':
      return decideMembership(state, command);
    case 'session.end':
      return [{ type: 'session_ended' }];
  }
}

function invalid(message: string): CommandRefused {
  return new CommandRefused('invalid_state', message);
}

function requireRunning(state: RoomState): number {
  if (state.status !== 'running' || state.currentBlockIndex === null) {
    throw invalid('the session has not started yet');
  }
  return state.currentBlockIndex;
}

function requireTimer(state: RoomState) {
  requireRunning(state);
  if (state.restingSince !== null) {
    throw new CommandRefused(
      'room_resting',
      'the room rests: no timer runs until the next meeting',
    );
  }
  if (!state.timer) throw invalid('this block has no timer');
  return state.timer;
}

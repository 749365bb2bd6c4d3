import { DisplayNameSchema } from '../protocol/commands.js';
import { CommandRefused } from '../protocol/errors.js';
import type { Block } from '../scenario/schema.js';
import { answerRulesFor, groupSizeOf } from '../blocks/registry.js';
import {
  casesOf,
  checkChoice,
  checkListing,
  checkUnlisting,
  checkVoting,
  requirePracticeBlock,
} from '../blocks/practice-cases.js';
import { isAnonymousBlock } from './anonymous.js';
import { ANSWERABLE_KINDS, revealRefusal } from './answers.js';
import { checkAnswerFits, openBlockFor } from './answer-fit.js';
import { checkedAssignments, checkGroupsMayForm, presentParticipants } from './activity-rules.js';
import type { RoomEvent } from './events.js';
import { newFoldDraft } from './fold-draft.js';
import { anonymousStandIn } from './redact.js';
import { reduceRoom, RoomLogError } from './reducer.js';
import type { RoomState } from './state.js';
import { checkWithinMeeting, meetingToClose, meetingToStart } from './meeting-rules.js';

/** What is wrong with a log: the first event that breaks a rule, by its place in the file. */
export interface LogRefusal {
  /** Its position in the log, from 0. */
  index: number;
  seq: number;
  type: string;
  message: string;
  /** The offending field of that event, as a dotted path (`answer.optionIds`). */
  field?: string;
}

export type LogCheck = { ok: true; state: RoomState } | { ok: false; refusal: LogRefusal };

/**
 * Checks a log brought from elsewhere against the rules a live room applies to the commands
 * behind each event, so an import holds nothing the room itself would have refused: answers
 * only from members and only to the question on screen, fitting it exactly; the session's
 * states in their order; time never running backwards; each participant id once; roles and
 * groups of members. The answer and role rules are the decision's own functions. An event type
 * this check has no rule for is held to the reducer's rules only. Pure, for the import worker.
 */
export function checkRoomLog(events: readonly RoomEvent[], now: number): LogCheck {
  let state: RoomState | null = null;
  const draft = newFoldDraft();
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    try {
      checkTime(event, now);
      if (state) checkEvent(state, event);
      state = reduceRoom(state, event, draft);
    } catch (error) {
      if (!(error instanceof CommandRefused) && !(error instanceof RoomLogError)) throw error;
      const field = error instanceof CommandRefused ? error.field : undefined;
      return {
        ok: false,
        refusal: {
          index,
          seq: event.seq,
          type: event.type,
          message: error.message,
          ...(field === undefined ? {} : { field }),
        },
      };
    }
  }
  if (!state) return { ok: false, refusal: emptyLog };
  return { ok: true, state };
}

const emptyLog: LogRefusal = {
  index: 0,
  seq: 0,
  type: 'none',
  message: 'an empty log has no room',
};

function refuse(message: string, field?: string): CommandRefused {
  return new CommandRefused('invalid_payload', message, field);
}

/** No room ran before Samenspel did. */
const EARLIEST_AT = Date.UTC(2020, 0, 1);
/** Another server's clock may run a little ahead of ours. */
const CLOCK_SLACK_MS = 10 * 60_000;

/**
 * A live room stamps its events with the server's clock, so none lies before Samenspel existed
 * or after the moment of import: a time far off would stretch every timeline and report.
 */
function checkTime(event: RoomEvent, now: number): void {
  if (event.at < EARLIEST_AT || event.at > now + CLOCK_SLACK_MS) {
    throw refuse(
      `its time ${Number.isFinite(new Date(event.at).getTime()) ? new Date(event.at).toISOString() : event.at} is not a time this room can have run at`,
      'at',
    );
  }
}

/** The rules for one event, against the room as the events before it left it. */
function checkEvent(state: RoomState, event: RoomEvent): void {
  if (event.at < state.lastEventAt) {
    throw refuse(
      `time runs backwards: ${new Date(event.at).toISOString()} comes after ${new Date(state.lastEventAt).toISOString()}`,
      'at',
    );
  }
  switch (event.type) {
    case 'participant_joined':
      notEnded(state);
      // The name a live join would have taken: one printable line of at most 40 characters.
      if (event.name !== null && DisplayNameSchema.safeParse(event.name).data !== event.name) {
        throw refuse('this name is not one a phone could join with', 'name');
      }
      if (Object.hasOwn(state.participants, event.participantId)) {
        throw refuse(`participant id "${event.participantId}" is used twice`, 'participantId');
      }
      if (state.joinsClosedAt !== null) throw refuse('the room takes no new participants');
      return;
    case 'participant_left':
      notEnded(state);
      if (memberOf(state, event.participantId)?.presence === 'left') {
        throw refuse('this participant has already left', 'participantId');
      }
      requireMember(state, event.participantId);
      return;
    case 'presence_changed':
      requireMember(state, event.participantId);
      return;
    case 'session_started':
      if (state.status !== 'lobby') throw refuse('the session has already started');
      return;
    case 'block_entered':
      requireRunning(state);
      if (event.blockIndex === state.currentBlockIndex) {
        throw refuse('that block is already on screen', 'blockIndex');
      }
      checkWithinMeeting(state, event.blockIndex);
      return;
    case 'meeting_closed':
      if (meetingToClose(state) !== event.meeting) {
        throw refuse(`the room is in meeting ${state.meeting}`, 'meeting');
      }
      return;
    case 'meeting_started':
      if (meetingToStart(state).meeting !== event.meeting) {
        throw refuse(`the next meeting is meeting ${state.meeting + 1}`, 'meeting');
      }
      return;
    case 'timer_started': {
      const timer = requireTimer(state);
      if (timer.status === 'running') throw refuse('the timer is already running');
      if (timer.status === 'expired') throw refuse('the time is up: extend or reset the timer');
      const remaining = timer.status === 'paused' ? timer.remainingMs : timer.durationMs;
      if (remaining <= 0) throw refuse('this block has no time to count down');
      return;
    }
    case 'timer_paused':
      if (requireTimer(state).status !== 'running') throw refuse('the timer is not running');
      return;
    case 'timer_extended':
      if (requireTimer(state).status === 'expired' && event.byMs < 0) {
        throw refuse('the time is already up: there is nothing to take off', 'byMs');
      }
      return;
    case 'timer_reset':
      requireTimer(state);
      return;
    case 'timer_expired': {
      const timer = requireTimer(state);
      if (timer.status !== 'running') throw refuse('the timer is not running');
      if (event.at < timer.endsAt) throw refuse('the time is not up yet', 'at');
      return;
    }
    case 'answer_submitted':
      return checkAnswer(state, event);
    case 'answers_locked':
    case 'answers_unlocked': {
      const block = answerableBlock(state, event.blockId);
      const lock = event.type === 'answers_locked';
      if ((state.runs[block.id]?.locked ?? false) === lock) {
        throw refuse(lock ? 'answers are already closed' : 'answers are already open');
      }
      return;
    }
    case 'results_revealed':
    case 'results_hidden': {
      const block = answerableBlock(state, event.blockId);
      const refusal = revealRefusal(block);
      if (refusal) throw refuse(refusal, 'blockId');
      const reveal = event.type === 'results_revealed';
      if ((state.runs[block.id]?.revealed ?? false) === reveal) {
        throw refuse(reveal ? 'results are already shown' : 'results are already hidden');
      }
      return;
    }
    case 'reflection_moderated': {
      const block = activityBlock(state, event.blockId);
      const run = state.runs[block.id];
      const known = run ? Object.values(run.reflectionIds).includes(event.reflectionId) : false;
      if (block.kind !== 'reflection' || !known) {
        throw refuse('there is no such reflection here', 'reflectionId');
      }
      if (event.hidden && event.highlighted) {
        throw refuse('a hidden reflection is never on the projector', 'highlighted');
      }
      return;
    }
    case 'roles_assigned': {
      const block = activityBlock(state, event.blockId);
      if (block.kind !== 'roles') throw refuse('this block has no roles', 'blockId');
      checkedAssignments(state, block, event.assignments);
      return;
    }
    case 'groups_formed':
      return checkGroups(state, event);
    case 'case_listed': {
      const run = state.runs[requirePracticeBlock(activityBlock(state, event.blockId)).id];
      const isNew = !casesOf(run).candidates.some((c) => c.id === event.candidateId);
      checkListing(run, event.candidateId, event.sources, isNew);
      return;
    }
    case 'case_unlisted':
      checkUnlisting(
        state.runs[requirePracticeBlock(activityBlock(state, event.blockId)).id],
        event.candidateId,
      );
      return;
    case 'case_voting':
      checkVoting(
        state.runs[requirePracticeBlock(activityBlock(state, event.blockId)).id],
        event.open,
      );
      return;
    case 'case_chosen': {
      const run = state.runs[requirePracticeBlock(activityBlock(state, event.blockId)).id];
      const candidate = checkChoice(run, event.candidateId);
      // The log holds what was shown: the shortlisted case word for word.
      if (candidate.title !== event.title || candidate.text !== event.text) {
        throw refuse('the chosen case is the shortlisted one, word for word', 'text');
      }
      return;
    }
    case 'session_ended':
      notEnded(state);
      return;
    default:
      // An event this check does not know (yet) is held to the reducer's rules alone.
      return;
  }
}

/**
 * A participant's answer, as the live room decides it: from a member who has not left (or, in
 * an anonymous block of an exported log, from the stand-in its reflection id gives), to the
 * question on screen while it is open, fitting that question exactly.
 */
function checkAnswer(
  state: RoomState,
  event: Extract<RoomEvent, { type: 'answer_submitted' }>,
): void {
  const block = openBlockFor(state, event.blockId);
  const run = state.runs[block.id];
  const earlierId = run?.reflectionIds[event.participantId];
  const ownsId = answerRulesFor(event.answer.kind).ownsTextId === true;
  const standIn =
    ownsId &&
    isAnonymousBlock(block) &&
    event.actor.kind === 'system' &&
    event.participantId === anonymousStandIn(earlierId ?? event.reflectionId ?? '');
  if (!standIn) {
    const member = requireMember(state, event.participantId);
    if (member.presence === 'left') throw refuse('this participant has left', 'participantId');
    if (member.presence === 'removed') {
      throw refuse('this participant was removed', 'participantId');
    }
    if (event.actor.kind !== 'participant' || event.actor.id !== event.participantId) {
      throw refuse('an answer comes from the participant it belongs to', 'actor');
    }
  }
  checkAnswerFits(block, event.answer);
  if (!ownsId) {
    if (event.reflectionId !== undefined)
      throw refuse('only a reflection or a dossier has an id of its own', 'reflectionId');
    return;
  }
  if (earlierId === undefined) {
    // The first submission of a reflection draws its opaque id, which moderation refers to.
    if (event.reflectionId === undefined)
      throw refuse('a new reflection needs its id', 'reflectionId');
    if (run && Object.values(run.reflectionIds).includes(event.reflectionId)) {
      throw refuse(`reflection id "${event.reflectionId}" is used twice`, 'reflectionId');
    }
  } else if (event.reflectionId !== undefined && event.reflectionId !== earlierId) {
    throw refuse('a reflection keeps the id it was given', 'reflectionId');
  }
}

/** Groups of members who have not left, each at least one, nobody in two. */
function checkGroups(state: RoomState, event: Extract<RoomEvent, { type: 'groups_formed' }>): void {
  const block = activityBlock(state, event.blockId);
  if (groupSizeOf(block) === null) throw refuse('this block has no groups', 'blockId');
  checkGroupsMayForm(state, block);
  const present = new Set(presentParticipants(state));
  const seen = new Set<string>();
  event.groups.forEach((group, g) => {
    if (group.length === 0) throw refuse('a group is empty', `groups.${g}`);
    group.forEach((id, i) => {
      if (!present.has(id)) throw refuse(`"${id}" is not in this room`, `groups.${g}.${i}`);
      if (seen.has(id)) throw refuse(`"${id}" is in two groups`, `groups.${g}.${i}`);
      seen.add(id);
    });
  });
  if (seen.size < 2) throw refuse('groups need at least two people in the room', 'groups');
}

function memberOf(state: RoomState, participantId: string) {
  return Object.hasOwn(state.participants, participantId)
    ? state.participants[participantId]
    : undefined;
}

function requireMember(state: RoomState, participantId: string) {
  const member = memberOf(state, participantId);
  if (!member) throw refuse(`"${participantId}" never joined this room`, 'participantId');
  return member;
}

function notEnded(state: RoomState): void {
  if (state.status === 'ended') throw refuse('the session has already ended');
}

function requireRunning(state: RoomState): void {
  if (state.status !== 'running') {
    throw refuse(
      state.status === 'ended'
        ? 'the session has already ended'
        : 'the session has not started yet',
    );
  }
}

function requireTimer(state: RoomState) {
  requireRunning(state);
  if (state.restingSince !== null) throw refuse('the room rests, so no timer runs');
  if (!state.timer) throw refuse('no block is on screen, so there is no timer');
  return state.timer;
}

function activityBlock(state: RoomState, blockId: string): Block {
  notEnded(state);
  const block = state.scenario.blocks.find((b) => b.id === blockId);
  if (!block) throw refuse(`there is no block "${blockId}"`, 'blockId');
  return block;
}

function answerableBlock(state: RoomState, blockId: string): Block {
  const block = activityBlock(state, blockId);
  if (!ANSWERABLE_KINDS.has(block.kind))
    throw refuse(`a ${block.kind} block has no answers`, 'blockId');
  return block;
}

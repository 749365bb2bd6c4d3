import { CommandRefused } from '../protocol/errors.js';
import { firstBlockOf, meetingCount, meetingOf } from '../scenario/meetings.js';
import type { RoomState } from './state.js';

/**
 * What the room may do with the meetings of a programme of several, for the live decision and
 * the import check alike: the facilitator closes the meeting on screen (the room then rests),
 * starts the next one at its first block, and moves between blocks of the meeting it is in.
 */

/** The meeting the facilitator may close now; a refusal when there is none to close. */
export function meetingToClose(state: RoomState): number {
  if (meetingCount(state.scenario) === 1) {
    throw invalid('this programme is one sitting: end the session instead');
  }
  if (state.status !== 'running') {
    throw invalid(
      state.status === 'ended' ? 'the session has ended' : 'the session has not started yet',
    );
  }
  if (state.restingSince !== null) throw invalid(`meeting ${state.meeting} is already closed`);
  if (state.meeting >= meetingCount(state.scenario)) {
    throw invalid('this is the last meeting: end the session instead');
  }
  return state.meeting;
}

/** The next meeting and the index of its first block; a refusal unless the room rests. */
export function meetingToStart(state: RoomState): { meeting: number; blockIndex: number } {
  if (state.status !== 'running' || state.restingSince === null) {
    throw invalid('close this meeting before the next one starts');
  }
  const meeting = state.meeting + 1;
  const blockIndex = firstBlockOf(state.scenario, meeting);
  if (blockIndex < 0) throw invalid(`there is no meeting ${meeting}`);
  return { meeting, blockIndex };
}

/**
 * The room moves to a block only within its meeting: the next meeting comes after a rest (its
 * own command), and a meeting that was closed is not opened again.
 */
export function checkWithinMeeting(state: RoomState, blockIndex: number): void {
  if (state.restingSince !== null) {
    throw new CommandRefused('room_resting', 'the room rests: start the next meeting first');
  }
  const block = state.scenario.blocks[blockIndex];
  if (block && meetingOf(block) !== state.meeting) {
    throw invalid(
      `"${block.title}" is in meeting ${meetingOf(block)}, the room is in meeting ${state.meeting}` +
        (meetingOf(block) > state.meeting ? ': close this meeting first' : ''),
    );
  }
}

function invalid(message: string): CommandRefused {
  return new CommandRefused('invalid_state', message);
}

import {
  meetingToClose,
  meetingToStart,
  type RoomEventDraft,
  type RoomState,
} from '@samenspel/shared';
import { enterBlock } from './decide-visit.js';

/**
 * Closing a meeting: a running timer stops first, paused with its time left (as on leaving a
 * block), so no deadline passes while the room rests for weeks.
 */
export function closeMeeting(state: RoomState, now: number): RoomEventDraft[] {
  const meeting = meetingToClose(state);
  const drafts: RoomEventDraft[] = [];
  const timer = state.timer;
  if (timer?.status === 'running') {
    drafts.push(
      timer.endsAt <= now
        ? { type: 'timer_expired', automatic: true }
        : { type: 'timer_paused', remainingMs: timer.endsAt - now, automatic: true },
    );
  }
  drafts.push({ type: 'meeting_closed', meeting });
  return drafts;
}

/** The next meeting opens on its first block, with that block's timer as a visit gets it. */
export function startMeeting(state: RoomState, now: number): RoomEventDraft[] {
  const { meeting, blockIndex } = meetingToStart(state);
  // enterBlock reads the room as it will be once the meeting has started.
  const started = { ...state, meeting, restingSince: null };
  return [{ type: 'meeting_started', meeting }, ...enterBlock(started, blockIndex, now)];
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import { clampSeq, seqAtTime, timeOfSeq, type ReplayLog } from './replayLog';

export const SPEEDS = [1, 10, 60] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * The playhead: the event shown (`seq`) and the moment (`at`). Stepping puts `at` on the
 * event's own time; scrubbing and playing put it between events, so countdowns run on as they
 * did in the room. Several events can share a moment, which is why `seq` is kept, not derived.
 */
export interface Cursor {
  seq: number;
  at: number;
  playing: boolean;
  /** The timeline is being dragged: like playing, a stream of moments to follow loosely. */
  scrubbing: boolean;
  speed: Speed;
}

export type CursorStore = StoreApi<Cursor>;

export function createCursor(log: ReplayLog, seq = 1): CursorStore {
  const first = clampSeq(log, seq);
  return createStore<Cursor>(() => ({
    seq: first,
    at: timeOfSeq(log, first),
    playing: false,
    scrubbing: false,
    speed: 1,
  }));
}

/** To an event: the playhead stops on it. */
export function seekSeq(cursor: CursorStore, log: ReplayLog, seq: number): void {
  const target = clampSeq(log, seq);
  cursor.setState({ seq: target, at: timeOfSeq(log, target), playing: false });
}

/** To a moment (a click or drag on the timeline, or playing on): the last event before it. */
export function seekTime(cursor: CursorStore, log: ReplayLog, at: number, playing = false): void {
  const clamped = Math.min(Math.max(at, log.start), log.end);
  cursor.setState({ seq: seqAtTime(log, clamped), at: clamped, playing });
}

export function step(cursor: CursorStore, log: ReplayLog, by: number): void {
  seekSeq(cursor, log, cursor.getState().seq + by);
}

export function togglePlay(cursor: CursorStore, log: ReplayLog): void {
  const { playing, at } = cursor.getState();
  if (playing) return cursor.setState({ playing: false });
  // Play at the end starts again from the beginning, as any player does.
  if (at >= log.end) return seekTime(cursor, log, log.start, true);
  cursor.setState({ playing: true });
}

import type { RoomEvent } from './events.js';
import { reduceRoom } from './reducer.js';
import type { RoomState } from './state.js';

/**
 * Seeking in a recorded session. The log is folded once, keeping a snapshot every `every`
 * events; the state at any seq is then the nearest snapshot before it plus at most `every`
 * events folded on top. The reducer never mutates a state, so snapshots are safe to share.
 */
export class ReplayIndex {
  private readonly snapshots: RoomState[] = [];

  constructor(
    readonly events: readonly RoomEvent[],
    private readonly every = 100,
  ) {
    let state: RoomState | null = null;
    for (const [i, event] of events.entries()) {
      state = reduceRoom(state, event);
      if (i % every === 0) this.snapshots.push(state);
    }
  }

  get length(): number {
    return this.events.length;
  }

  /** The state right after the event with this seq (clamped to the log). */
  stateAt(seq: number): RoomState {
    const index = Math.min(Math.max(seq, 1), this.events.length) - 1;
    const snapshotIndex = Math.floor(index / this.every);
    let state = this.snapshots[snapshotIndex]!;
    for (let i = snapshotIndex * this.every + 1; i <= index; i++)
      state = reduceRoom(state, this.events[i]!);
    return state;
  }

  /** The seq of the last event at or before a moment in time (0 before the first). */
  seqAtTime(at: number): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid]!.at <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
